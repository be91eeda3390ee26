package de.stadtlage.importing;

import java.util.Map;

/**
 * One record as read from a file, before validation.
 *
 * @param line   the physical line in the file where the record starts (the header is line 1)
 * @param values the non-empty values by column
 */
public record SourceRow(int line, Map<Column, String> values) {

    /** The value, stripped, or an empty string when the column is missing or blank. */
    public String get(Column column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
