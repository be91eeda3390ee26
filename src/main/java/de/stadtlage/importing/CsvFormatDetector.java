package de.stadtlage.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding and delimiter of a CSV file as German offices write it: UTF-8 with or without BOM, or
 * Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)"), delimited by semicolons or commas.
 */
public final class CsvFormatDetector {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFormatDetector() {
    }

    public static CsvFormat detect(byte[] content) {
        if (startsWithBom(content)) {
            return new CsvFormat(StandardCharsets.UTF_8, true, delimiter(head(content, 3, StandardCharsets.UTF_8)));
        }
        if (isValidUtf8(content)) {
            return new CsvFormat(StandardCharsets.UTF_8, false, delimiter(head(content, 0, StandardCharsets.UTF_8)));
        }
        return new CsvFormat(CsvFormat.WINDOWS_1252, false, delimiter(head(content, 0, CsvFormat.WINDOWS_1252)));
    }

    /** The file's text in its detected encoding, without the byte order mark. */
    public static String decode(byte[] content, CsvFormat format) {
        int offset = format.bom() ? UTF8_BOM.length : 0;
        return new String(content, offset, content.length - offset, format.charset());
    }

    /** The start of the file, enough for the header line (a character cut at the end does not matter). */
    private static String head(byte[] content, int offset, java.nio.charset.Charset charset) {
        return new String(content, offset, Math.min(content.length - offset, HEAD_BYTES), charset);
    }

    static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1] && content[2] == UTF8_BOM[2];
    }

    // Windows-1252 text with umlauts is almost never valid UTF-8, so a strict UTF-8 decode tells them apart.
    static boolean isValidUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter that occurs more often in the header line, outside quotes; semicolon when in doubt. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
