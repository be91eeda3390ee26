package de.stadtlage.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log checked in full: its hash chain, and the anchors kept with the closed meetings (plus any given
 * from printed minutes). A chain that was recomputed after a change is whole in itself, but no longer fits the
 * anchors made before.
 *
 * @param chain               the hash chain's own check
 * @param anchors             one check per anchor
 * @param closedWithoutAnchor closed meetings that have no anchor (closed before anchors existed)
 * @param keyFile             where the database's key file is expected
 * @param keyPresent          whether it exists (without it, the anchors' HMACs cannot be checked)
 */
public record AuditReport(AuditVerification chain, List<AnchorCheck> anchors, int closedWithoutAnchor, Path keyFile,
                          boolean keyPresent) {

    public AuditReport {
        anchors = List.copyOf(anchors);
    }

    public boolean intact() {
        return chain.intact() && failed().isEmpty();
    }

    public int entries() {
        return chain.entries();
    }

    /** The anchors that no longer fit. */
    public List<AnchorCheck> failed() {
        return anchors.stream().filter(a -> !a.fits()).toList();
    }

    /** How many anchors fit. */
    public int fitting() {
        return anchors.size() - failed().size();
    }

    /** A German sentence for the command line and the admin page. */
    public String describe() {
        List<AnchorCheck> failed = failed();
        if (!chain.intact() || failed.isEmpty()) {
            return chain.describe();
        }
        return "Das Änderungsprotokoll wurde verändert: die Hash-Kette ist zwar in sich stimmig, passt aber nicht"
                + " mehr zu " + (failed.size() == 1 ? "einem Prüfanker" : failed.size() + " Prüfankern") + " ("
                + failed.get(0).describe() + "). Bitte informieren Sie die Administration und vergleichen Sie mit der"
                + " letzten Sicherung und den gedruckten Protokollen.";
    }

    /** Further German lines: one per anchor, then what could not be checked. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        anchors.forEach(a -> lines.add(a.describe()));
        if (closedWithoutAnchor > 0) {
            lines.add(closedWithoutAnchor + (closedWithoutAnchor == 1 ? " abgeschlossene Sitzung hat" : " abgeschlossene"
                    + " Sitzungen haben") + " keinen Prüfanker (vor Einführung der Prüfanker abgeschlossen).");
        }
        if (!keyPresent && !anchors.isEmpty()) {
            lines.add("Die Schlüsseldatei " + keyFile + " fehlt, daher sind die Unterschriften der Prüfanker ungeprüft."
                    + " Bitte die Schlüsseldatei aus der Aufbewahrung der Administration zurücklegen.");
        }
        return lines;
    }
}
