package de.stadtlage.importing;

import java.util.Locale;

/**
 * Where a file stops being UTF-8, found in one pass over its bytes: the first invalid sequence (line, byte within
 * the line, its value) and whether the file elsewhere holds valid multi-byte UTF-8 (umlauts), which tells a
 * Windows-1252 file (no valid umlaut anywhere) from a UTF-8 file with a stray Windows-1252 byte.
 */
final class Utf8Check {

    private final byte[] content;
    private final int from;
    private final int invalidAt;
    private final int multiByteAt;

    private Utf8Check(byte[] content, int from, int invalidAt, int multiByteAt) {
        this.content = content;
        this.from = from;
        this.invalidAt = invalidAt;
        this.multiByteAt = multiByteAt;
    }

    /** Scans the bytes from {@code from} (after a byte order mark). */
    static Utf8Check scan(byte[] content, int from) {
        int invalid = -1;
        int multiByte = -1;
        int i = from;
        while (i < content.length) {
            if (content[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(content, i);
            if (length == 0) {
                invalid = invalid < 0 ? i : invalid;
                i++;
            } else {
                multiByte = multiByte < 0 ? i : multiByte;
                i += length;
            }
            if (invalid >= 0 && multiByte >= 0) {
                break;
            }
        }
        return new Utf8Check(content, from, invalid, multiByte);
    }

    /** The length of the valid UTF-8 sequence starting with a non-ASCII byte at {@code at}, or 0. */
    private static int sequenceLength(byte[] b, int at) {
        int lead = b[at] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || at + length > b.length) {
            return 0;
        }
        int second = b[at + 1] & 0xFF;
        // No overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629).
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((b[at + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    boolean isValid() {
        return invalidAt < 0;
    }

    /** Whether the file holds valid multi-byte UTF-8 besides its invalid bytes. */
    boolean hasUtf8Umlauts() {
        return multiByteAt >= 0;
    }

    /** "Zeile 1, Byte 36, 0xE4": where the first invalid sequence starts. */
    String invalidPlace() {
        return "Zeile " + lineOf(invalidAt) + ", Byte " + byteInLine(invalidAt) + ", " + invalidByte();
    }

    /** "Zeile 3: ungültiges UTF-8 bei Byte 52 der Zeile (0xDF)" and {@code advice}. */
    RowError error(String advice) {
        return new RowError(lineOf(invalidAt), "ungültiges UTF-8 bei Byte " + byteInLine(invalidAt) + " der Zeile ("
                + invalidByte() + ")" + advice);
    }

    /** The line of the first valid multi-byte sequence. */
    int umlautLine() {
        return lineOf(multiByteAt);
    }

    private String invalidByte() {
        return String.format(Locale.ROOT, "0x%02X", content[invalidAt] & 0xFF);
    }

    /** Lines end with LF, CRLF or a lone CR, as {@link LineIndex} counts them. */
    private int lineOf(int index) {
        int line = 1;
        for (int i = from; i < index; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private int byteInLine(int index) {
        int start = index;
        while (start > from && content[start - 1] != '\n' && content[start - 1] != '\r') {
            start--;
        }
        return index - start + 1;
    }
}
