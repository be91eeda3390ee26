package de.stadtlage.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as German Excel reads it: semicolons, UTF-8 with byte-order mark, CRLF line ends. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe, so an action item titled
 * {@code =HYPERLINK(...)} stays text.
 */
public final class SpreadsheetCsv {

    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    private SpreadsheetCsv() {
    }

    /** Writes header and rows; the stream is flushed, not closed. */
    public static void write(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeLine(writer, header);
        for (List<String> row : rows) {
            writeLine(writer, row);
        }
        writer.flush();
    }

    private static void writeLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write(LINE_END);
    }

    /** One cell: neutralised against formulas, quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
