package de.stadtlage.importing;

/** What an import stored. */
public record ImportResult(int batchId, int imported, int duplicatesSkipped, int approximate, String format) {

    /** The command line's line: "importiert: 120, Duplikate übersprungen: 3, ungefähr verortet: 7". */
    public String summary() {
        return "importiert: " + imported + ", Duplikate übersprungen: " + duplicatesSkipped
                + ", ungefähr verortet: " + approximate;
    }
}
