package de.stadtlage.importing;

/** One row of the import preview as the dialog shows it: the file's values and what the check found. */
public record PreviewRow(int line, String time, String category, String source, String latitude, String longitude,
                         String place, String count, String note, String status) {

    static PreviewRow of(SourceRow row, ParsedRow parsed) {
        String status = !parsed.isValid() ? parsed.error()
                : parsed.incident().approximate() ? "ungefähr verortet" : "in Ordnung";
        return new PreviewRow(row.line(), row.get(Column.ZEITPUNKT), row.get(Column.KATEGORIE), row.get(Column.QUELLE),
                row.get(Column.BREITE), row.get(Column.LAENGE), row.get(Column.ORT), row.get(Column.ANZAHL),
                row.get(Column.BEMERKUNG), status);
    }

    public boolean valid() {
        return "in Ordnung".equals(status) || "ungefähr verortet".equals(status);
    }
}
