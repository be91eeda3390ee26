package de.stadtlage.importing;

import java.util.Arrays;

/** Turns a character position in a text into its physical line number (1-based); CR, LF and CRLF end a line. */
final class LineIndex {

    private final String text;
    private final long[] lineStarts;
    private final int lines;

    LineIndex(String text) {
        this.text = text;
        long[] starts = new long[1024];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1L;
            }
        }
        this.lineStarts = starts;
        this.lines = count;
    }

    /**
     * The line where a record starts that the parser reports at {@code position}: the parser skips empty lines
     * before a record but reports the position before them.
     */
    int lineOfRecord(long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return lineOf(at);
    }

    int lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, 0, lines, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
