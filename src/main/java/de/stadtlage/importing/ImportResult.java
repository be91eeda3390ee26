package de.stadtlage.importing;

/**
 * What an import stored.
 *
 * @param encodingNotice {@link ImportCheck#encodingNotice()} of the imported file ("" for UTF-8)
 */
public record ImportResult(int batchId, int imported, int duplicatesSkipped, int approximate, String format,
                           String encodingNotice) {

    /** The command line's line: "importiert: 120, Duplikate übersprungen: 3, ungefähr verortet: 7". */
    public String summary() {
        return "importiert: " + imported + ", Duplikate übersprungen: " + duplicatesSkipped
                + ", ungefähr verortet: " + approximate;
    }
}
