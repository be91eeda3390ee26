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

    /** Reads the features one by one into {@code sink}; the result carries the structural errors, but no rows. */
    public static FileContent read(byte[] content, SourceRow.Sink sink) {
        List<RowError> errors = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(content)) {
            if (!seekFeatures(parser)) {
                errors.add(new RowError(1, "Die Datei ist keine GeoJSON-FeatureCollection mit „features“."));
            } else {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode feature = parser.readValueAsTree();
                    sink.accept(SourceRow.of(line, values(feature)),
                            (double) parser.currentLocation().getByteOffset() / Math.max(1, content.length));
                }
            }
        } catch (JsonProcessingException e) {
            errors.add(new RowError(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "Die Datei ist kein gültiges JSON (" + e.getOriginalMessage() + ")."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileContent("GeoJSON", null, List.of(), List.of(), errors);
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
