package de.stadtlage.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads incident rows from CSV bytes: detects the format, maps the header, keeps each record's line number. */
public final class IncidentCsvReader {

    private IncidentCsvReader() {
    }

    /** Reads every row into memory (tests, small files). */
    public static FileContent read(byte[] content) {
        List<SourceRow> rows = new ArrayList<>();
        FileContent structure = read(content, (row, fraction) -> rows.add(row));
        return new FileContent(structure.formatName(), structure.csvFormat(), structure.headers(), rows, structure.errors());
    }

    /**
     * Reads the rows one by one into {@code sink}; the result carries the format, the header and the structural
     * errors, but no rows.
     */
    public static FileContent read(byte[] content, SourceRow.Sink sink) {
        List<RowError> errors = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        CsvFormat format = CsvFormatDetector.detect(content, errors);
        if (!errors.isEmpty()) {
            return new FileContent("CSV", format, headers, List.of(), errors);
        }
        String text = CsvFormatDetector.decode(content, format);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(format.delimiter()).setIgnoreEmptyLines(true).get();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(new RowError(1, "Die Datei ist leer. Erwartet wird eine Kopfzeile mit "
                        + "Zeitpunkt, Kategorie, Quelle, Breite, Länge, Ort, Anzahl, Bemerkung."));
                return new FileContent("CSV", format, headers, List.of(), errors);
            }
            records.next().forEach(headers::add);
            Map<Column, Integer> columns = mapHeader(headers, errors);
            if (errors.isEmpty()) {
                readRecords(records, positions(columns), headers.size(), lines, sink, errors, text.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(lines.lineOf(text.length()), "Die Datei endet mitten in einem Feld in "
                    + "Anführungszeichen. Bitte prüfen Sie, ob jedes öffnende \" wieder geschlossen wird."));
        }
        return new FileContent("CSV", format, headers, List.of(), errors);
    }

    private static int[] positions(Map<Column, Integer> columns) {
        int[] positions = new int[Column.values().length];
        java.util.Arrays.fill(positions, -1);
        columns.forEach((column, index) -> positions[column.ordinal()] = index);
        return positions;
    }

    private static void readRecords(Iterator<CSVRecord> records, int[] positions, int headerSize, LineIndex lines,
                                    SourceRow.Sink sink, List<RowError> errors, int length) {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            int line = lines.lineOfRecord(record.getCharacterPosition());
            if (hasExtraValues(record, headerSize)) {
                errors.add(new RowError(line, "Die Zeile hat " + record.size() + " Felder, die Kopfzeile nur "
                        + headerSize + ". Text mit Trennzeichen bitte in Anführungszeichen setzen."));
                continue;
            }
            sink.accept(SourceRow.of(line, positions, record::get, record.size()),
                    length == 0 ? 1 : (double) record.getCharacterPosition() / length);
        }
    }

    private static boolean hasExtraValues(CSVRecord record, int headerSize) {
        for (int i = headerSize; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Header names to column positions; unknown columns are ignored, missing required ones are errors. */
    static Map<Column, Integer> mapHeader(List<String> headers, List<RowError> errors) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < headers.size(); i++) {
            Optional<Column> column = Column.fromHeader(headers.get(i));
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                errors.add(new RowError(1, "Die Spalte „" + column.get().header() + "“ steht zweimal in der Kopfzeile."));
            }
        }
        for (Column required : Column.REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(1, "Die Spalte „" + required.header() + "“ fehlt in der Kopfzeile. Erwartet "
                        + "werden Zeitpunkt, Kategorie, Quelle, Breite, Länge, Ort, Anzahl, Bemerkung (Reihenfolge beliebig)."));
            }
        }
        if (columns.containsKey(Column.BREITE) != columns.containsKey(Column.LAENGE)) {
            errors.add(new RowError(1, "Die Kopfzeile hat nur eine der Spalten „Breite“ und „Länge“; bitte beide angeben."));
        }
        return columns;
    }
}
