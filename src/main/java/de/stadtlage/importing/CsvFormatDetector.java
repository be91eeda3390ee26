package de.stadtlage.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the encoding and delimiter of a CSV file as German offices write it: UTF-8 with or without BOM, or
 * Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)"), delimited by semicolons or commas. Windows-1252 text with
 * umlauts is almost never valid UTF-8, so a strict UTF-8 check tells them apart.
 */
public final class CsvFormatDetector {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SAVE_AS = " Speichern Sie die Datei als UTF-8 (in Excel „CSV UTF-8 (durch Trennzeichen"
            + " getrennt)“) oder ganz als Windows-1252 und importieren Sie sie erneut.";

    private CsvFormatDetector() {
    }

    /**
     * The file's format. A file that is not UTF-8 is read as Windows-1252 with a notice that says where UTF-8
     * failed; a file that is UTF-8 except for some bytes (or starts with a UTF-8 byte order mark) would lose
     * characters either way, so it gets an error in {@code errors} instead.
     */
    public static CsvFormat detect(byte[] content, List<RowError> errors) {
        boolean bom = startsWithBom(content);
        Utf8Check utf8 = Utf8Check.scan(content, bom ? UTF8_BOM.length : 0);
        if (utf8.isValid()) {
            return new CsvFormat(StandardCharsets.UTF_8, bom, delimiter(head(content, bom ? 3 : 0, StandardCharsets.UTF_8)), "");
        }
        if (bom) {
            errors.add(utf8.error(", obwohl die Datei mit einer UTF-8-Kennung (BOM) beginnt." + SAVE_AS));
        } else if (utf8.hasUtf8Umlauts()) {
            errors.add(utf8.error(", obwohl die Datei sonst UTF-8 ist (z. B. Zeile " + utf8.umlautLine() + ")." + SAVE_AS));
        }
        return new CsvFormat(CsvFormat.WINDOWS_1252, false, delimiter(head(content, 0, CsvFormat.WINDOWS_1252)),
                "Die Datei ist kein gültiges UTF-8 (erste ungültige Stelle: " + utf8.invalidPlace() + ") und wurde als "
                        + "Windows-1252 gelesen, wie Excel „CSV (Trennzeichen-getrennt)“ speichert. Bitte prüfen Sie die "
                        + "Umlaute; sind sie falsch, speichern Sie die Datei als „CSV UTF-8 (durch "
                        + "Trennzeichen getrennt)“.");
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
