package de.stadtlage.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: its encoding (with or without byte order mark) and its delimiter.
 *
 * @param encodingNotice why the file was read as Windows-1252 (where UTF-8 failed), or "" for UTF-8
 */
public record CsvFormat(Charset charset, boolean bom, char delimiter, String encodingNotice) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the import dialog shows: "UTF-8 mit BOM", "UTF-8", "Windows-1252". */
    public String encodingName() {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return bom ? "UTF-8 mit BOM" : "UTF-8";
        }
        return "Windows-1252";
    }

    /** "Semikolon (;)" or "Komma (,)". */
    public String delimiterName() {
        return delimiter == ';' ? "Semikolon (;)" : "Komma (,)";
    }
}
