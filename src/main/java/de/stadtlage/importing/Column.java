package de.stadtlage.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of the incident exchange format, matched by header name in any order, ignoring case. */
public enum Column {
    ZEITPUNKT("Zeitpunkt"),
    KATEGORIE("Kategorie"),
    QUELLE("Quelle"),
    BREITE("Breite"),
    LAENGE("Länge", "Laenge"),
    ORT("Ort"),
    ANZAHL("Anzahl"),
    BEMERKUNG("Bemerkung"),
    /** Optional: "ja" when the place was estimated from an address; written by the export so it survives a round trip. */
    UNGEFAEHR("Ungefähr verortet", "Ungefaehr verortet", "Ungefähr", "Ungefaehr");

    /** Without these a file cannot be read at all. */
    static final List<Column> REQUIRED = List.of(ZEITPUNKT, KATEGORIE, QUELLE);

    private final String header;
    private final List<String> aliases;

    Column(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header as written on export. */
    public String header() {
        return header;
    }

    public static Optional<Column> fromHeader(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values())
                .filter(c -> c.header.toLowerCase(Locale.GERMAN).equals(wanted)
                        || c.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.GERMAN).equals(wanted)))
                .findFirst();
    }
}
