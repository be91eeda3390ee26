package de.stadtlage.access;

import java.util.Optional;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param entries     how many entries the log has
 * @param brokenId    the id of the first entry that does not fit the chain; -1 when the chain itself is intact but
 *                    its head points past the last entry (the newest entries were removed)
 * @param brokenEntry that entry as stored, when it still exists
 */
public record AuditVerification(int entries, Long brokenId, Optional<AuditEntry> brokenEntry) {

    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    public boolean intact() {
        return brokenId == null;
    }

    /** A German sentence for the command line and the admin page. */
    public String describe() {
        if (intact()) {
            return "Das Änderungsprotokoll ist unverändert: " + entries + " Einträge, die Hash-Kette ist lückenlos.";
        }
        if (brokenId == -1) {
            return "Das Änderungsprotokoll wurde verändert: die neuesten Einträge fehlen (die gespeicherte Kettenspitze"
                    + " passt zu keinem Eintrag mehr). Bitte informieren Sie die Administration und vergleichen Sie"
                    + " mit der letzten Sicherung.";
        }
        String what = brokenEntry.map(e -> " vom " + LOCAL_TIME.format(e.occurredAt()) + " (" + e.actor() + ", " + e.entity()
                + (e.entityId() == null ? "" : " " + e.entityId()) + ", " + e.action() + ")").orElse("");
        return "Das Änderungsprotokoll wurde verändert: der erste nicht passende Eintrag ist Nr. " + brokenId + what
                + ". Ab diesem Eintrag ist das Protokoll nicht mehr vertrauenswürdig. Bitte informieren Sie die"
                + " Administration und vergleichen Sie mit der letzten Sicherung.";
    }
}
