package de.stadtlage.access;

/**
 * The check of one {@link AuditAnchor} against the chain as it is now.
 *
 * @param label   what the anchor belongs to ("Sitzung vom 26.11.2026", "Angegebener Prüfanker")
 * @param anchor  the anchor, null when the stored text is not one
 * @param outcome what the check found
 */
public record AnchorCheck(String label, AuditAnchor anchor, Outcome outcome) {

    /** What checking an anchor can find. */
    public enum Outcome {
        FITS("passt"),
        FITS_KEY_UNCHECKED("passt zur Kette; die Unterschrift ist ungeprüft, weil die Schlüsseldatei fehlt"),
        ENTRY_MISSING("der Eintrag fehlt im Änderungsprotokoll: es wurde gekürzt"),
        ENTRY_CHANGED("der Eintrag hat heute einen anderen Hash, die Kette wurde also nach einer Änderung neu"
                + " berechnet"),
        NOT_MADE_WITH_KEY("der Prüfanker ist nicht mit der Schlüsseldatei dieser Datenbank erstellt: er wurde"
                + " verändert, oder hier liegt eine andere Schlüsseldatei"),
        UNREADABLE("der gespeicherte Prüfanker ist unlesbar: er wurde verändert");

        private final String german;

        Outcome(String german) {
            this.german = german;
        }
    }

    /** Whether the anchor still fits (with or without the key's check). */
    public boolean fits() {
        return outcome == Outcome.FITS || outcome == Outcome.FITS_KEY_UNCHECKED;
    }

    /** One German line: "Sitzung vom 26.11.2026, Prüfanker 812-…: passt". */
    public String describe() {
        return label + (anchor == null ? "" : ", Prüfanker " + anchor.text()) + ": " + outcome.german;
    }
}
