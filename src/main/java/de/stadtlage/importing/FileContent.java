package de.stadtlage.importing;

import java.util.List;

/**
 * What a reader found in a file: its rows and the errors that concern the file's structure (a missing column,
 * an unclosed quote).
 *
 * @param csvFormat encoding and delimiter for CSV files, {@code null} for GeoJSON
 */
public record FileContent(String formatName, CsvFormat csvFormat, List<String> headers, List<SourceRow> rows,
                          List<RowError> errors) {
}
