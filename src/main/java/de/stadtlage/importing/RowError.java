package de.stadtlage.importing;

/** Why one row of a file cannot be imported; shown as "Zeile N: Grund". */
public record RowError(int line, String reason) {

    @Override
    public String toString() {
        return "Zeile " + line + ": " + reason;
    }
}
