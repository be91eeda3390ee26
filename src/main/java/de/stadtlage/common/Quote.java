package de.stadtlage.common;

/**
 * A value from a file or a form quoted in a message, a log line or on stderr: German quotes, and a value longer
 * than {@value #MAX_CHARS} characters cut with "…" and its full length, so that a 50 MB field never lands in a
 * message in full.
 */
public final class Quote {

    /** How many characters of a value a message shows, the "…" included. */
    public static final int MAX_CHARS = 80;

    private Quote() {
    }

    /** „Drogenhandel“, or „XXXX…“ (3.000.000 Zeichen) for a long value. */
    public static String of(String value) {
        if (value == null) {
            return "„“";
        }
        if (value.length() <= MAX_CHARS) {
            return "„" + value + "“";
        }
        return "„" + cut(value) + "…“ (" + Formats.number(value.length()) + " Zeichen)";
    }

    /** The value capped like {@link #of}, without quotes: for numbers and places a message shows bare. */
    public static String capped(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value;
        }
        return cut(value) + "… (" + Formats.number(value.length()) + " Zeichen)";
    }

    // Never ends on the first half of a surrogate pair, which would print as '?'.
    private static String cut(String value) {
        int end = MAX_CHARS - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
