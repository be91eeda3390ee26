package de.stadtlage.importing;

/**
 * Spreadsheet formula injection: a cell starting with {@code = + - @} (or a tab or carriage return) is run as a
 * formula by Excel and LibreOffice. Such texts are stored as given and get a leading apostrophe on every export,
 * which spreadsheets show as plain text.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it goes into an exported cell. */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}
