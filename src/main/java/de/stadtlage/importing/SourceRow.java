package de.stadtlage.importing;

import java.util.Map;

/**
 * One record as read from a file, before validation: its non-blank values by column. An array by column rather
 * than a map, because a large import reads a hundred thousand of them.
 */
public final class SourceRow {

    private static final Column[] COLUMNS = Column.values();

    private final int line;
    private final String[] values;

    private SourceRow(int line, String[] values) {
        this.line = line;
        this.values = values;
    }

    static SourceRow of(int line, Map<Column, String> values) {
        String[] byColumn = new String[COLUMNS.length];
        values.forEach((column, value) -> byColumn[column.ordinal()] = value == null || value.isBlank() ? null : value);
        return new SourceRow(line, byColumn);
    }

    /** From a record's fields: {@code positions[column.ordinal()]} is the column's field, or -1 when absent. */
    static SourceRow of(int line, int[] positions, java.util.function.IntFunction<String> field, int fieldCount) {
        String[] byColumn = new String[COLUMNS.length];
        for (int c = 0; c < positions.length; c++) {
            int at = positions[c];
            if (at >= 0 && at < fieldCount) {
                String value = field.apply(at);
                byColumn[c] = value.isBlank() ? null : value;
            }
        }
        return new SourceRow(line, byColumn);
    }

    /** The physical line in the file where the record starts (the header is line 1). */
    public int line() {
        return line;
    }

    /** The value, stripped, or an empty string when the column is missing or blank. */
    public String get(Column column) {
        String value = values[column.ordinal()];
        return value == null ? "" : value.strip();
    }

    /** The value as written in the file (not stripped), or {@code null}. */
    String raw(Column column) {
        return values[column.ordinal()];
    }

    /** Receives the rows of a file one by one while it is read, so a large file is never held twice. */
    @FunctionalInterface
    interface Sink {
        void accept(SourceRow row, double fractionRead);
    }
}
