package de.stadtlage.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import de.stadtlage.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads incidents from a GeoJSON FeatureCollection of points whose properties have the CSV's column names. A
 * feature's line is the line where its object starts, so messages point into the file like for CSV.
 */
public final class IncidentGeoJsonReader {

    private IncidentGeoJsonReader() {
    }

    /** Reads every row into memory (tests, small files). */
    public static FileContent read(byte[] content) {
        List<SourceRow> rows = new ArrayList<>();
        FileContent structure = read(content, (row, fraction) -> rows.add(row));
        return new FileContent(structure.formatName(), null, List.of(), rows, structure.errors());
    }

    /**
     * Reads the features one by one into {@code sink}; the result carries the structural errors, but no rows. An
     * entry of the feature list that is no object, or text after the FeatureCollection, is such an error: the
     * file is imported whole or not at all.
     */
    public static FileContent read(byte[] content, SourceRow.Sink sink) {
        List<RowError> errors = new ArrayList<>();
        Utf8Check utf8 = Utf8Check.scan(content, CsvFormatDetector.startsWithBom(content) ? 3 : 0);
        if (!utf8.isValid()) {
            errors.add(utf8.error(". GeoJSON-Dateien sind immer UTF-8: Speichern Sie die Datei als UTF-8 und "
                    + "importieren Sie sie erneut."));
            return new FileContent("GeoJSON", null, List.of(), List.of(), errors);
        }
        try (JsonParser parser = Json.mapper().getFactory().createParser(content)) {
            if (!seekFeatures(parser)) {
                errors.add(new RowError(1, "Die Datei ist keine GeoJSON-FeatureCollection mit „features“."));
            } else {
                readFeatures(parser, content.length, sink, errors);
                skipToEndOfCollection(parser);
                checkNothingFollows(content, parser.currentLocation().getByteOffset(), errors);
            }
        } catch (JsonProcessingException e) {
            errors.add(new RowError(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "Die Datei ist kein gültiges JSON (" + e.getOriginalMessage() + ")."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileContent("GeoJSON", null, List.of(), List.of(), errors);
    }

    private static void readFeatures(JsonParser parser, int length, SourceRow.Sink sink, List<RowError> errors)
            throws IOException {
        int number = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
             token = parser.nextToken()) {
            number++;
            int line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.START_OBJECT) {
                JsonNode feature = parser.readValueAsTree();
                sink.accept(SourceRow.of(line, values(feature)),
                        (double) parser.currentLocation().getByteOffset() / Math.max(1, length));
            } else {
                errors.add(new RowError(line, "Objekt " + number + " in „features“ ist " + describe(token)
                        + ", kein GeoJSON-Feature. Bitte entfernen oder vervollständigen Sie es; die Datei wird nur "
                        + "ganz importiert."));
                parser.skipChildren();
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "eine Zahl";
            case VALUE_STRING -> "ein Text";
            case VALUE_TRUE, VALUE_FALSE -> "ein Wahrheitswert";
            case START_ARRAY -> "eine Liste";
            default -> "kein Objekt";
        };
    }

    /** Reads the collection's members after "features" (like "type" or "bbox") up to its closing brace. */
    private static void skipToEndOfCollection(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    /** Only whitespace may follow the collection; anything else may be a second, unread part of the data. */
    private static void checkNothingFollows(byte[] content, long end, List<RowError> errors) {
        int at = (int) end;
        while (at < content.length && (content[at] == ' ' || content[at] == '\t' || content[at] == '\n'
                || content[at] == '\r')) {
            at++;
        }
        if (at < content.length) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (content[i] == '\n' || content[i] == '\r' && content[i + 1] != '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            errors.add(new RowError(line, "Nach dem Ende der FeatureCollection (Spalte " + (at - lineStart + 1)
                    + ") folgt noch Text. Bitte entfernen Sie alles nach ihrer schließenden Klammer oder prüfen Sie,"
                    + " ob die Datei vollständig und unverändert exportiert wurde."));
        }
    }

    private static boolean seekFeatures(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static Map<Column, String> values(JsonNode feature) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        Iterator<Map.Entry<String, JsonNode>> fields = feature.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull()) {
                Column.fromHeader(field.getKey()).ifPresent(c -> values.put(c, field.getValue().asText()));
            }
        }
        JsonNode geometry = feature.path("geometry");
        if ("Point".equals(geometry.path("type").asText()) && geometry.path("coordinates").size() >= 2) {
            values.put(Column.LAENGE, geometry.path("coordinates").get(0).asText());
            values.put(Column.BREITE, geometry.path("coordinates").get(1).asText());
        }
        values.values().removeIf(String::isBlank);
        return values;
    }
}
