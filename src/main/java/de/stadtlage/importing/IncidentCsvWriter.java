package de.stadtlage.importing;

import de.stadtlage.situation.Incident;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes incidents in the exchange format the import reads: semicolons, German names and decimal commas, CRLF
 * line ends (Excel), free texts guarded against formula injection. The caller writes UTF-8 with a BOM.
 */
public final class IncidentCsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    public IncidentCsvWriter(Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new)).get();
        this.printer = new CSVPrinter(out, format);
    }

    public void write(Incident incident) throws IOException {
        printer.printRecord(
                IncidentTimes.EXPORT.format(incident.occurredAt()),
                incident.category().germanName(),
                incident.source().germanName(),
                coordinate(incident.latitude()),
                coordinate(incident.longitude()),
                FormulaGuard.neutralise(nullToEmpty(incident.place())),
                incident.count(),
                FormulaGuard.neutralise(nullToEmpty(incident.note())),
                incident.approximate() ? "ja" : "");
    }

    private static String coordinate(double value) {
        return String.format(Locale.GERMANY, "%.6f", value);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
