package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.MEETING;

import de.stadtlage.common.Formats;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.SiteKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Anchors of the audit chain ({@link AuditAnchor}): made for the chain's newest entry (printed in every minutes
 * PDF, stored with every closed meeting) and checked against the chain as it is now.
 */
public final class AuditAnchors {

    /** The purpose of the key file's derived key for anchors. */
    public static final String PURPOSE = "audit";
    private static final String START = "0".repeat(64);
    private static final String CLOSED = "ABGESCHLOSSEN";

    private AuditAnchors() {
    }

    /** The anchor of the newest entry (entry 0 while the log is empty). */
    public static AuditAnchor current(DSLContext dsl, SiteKey key) {
        var newest = dsl.select(AUDIT_LOG.ID, AUDIT_LOG.ENTRY_HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc())
                .limit(1).fetchOne();
        long id = newest == null ? 0 : newest.value1();
        String hash = newest == null ? START : newest.value2();
        return new AuditAnchor(id, hash, mac(key, id, hash));
    }

    /** The key of a database when its key file exists; checking never creates one. */
    public static Optional<SiteKey> existingKey(DatabaseLocation location) {
        return Files.exists(SiteKey.fileFor(location)) ? Optional.of(SiteKey.of(location)) : Optional.empty();
    }

    /** Whether the chain still holds the anchor's entry unchanged, and the anchor was made with this key. */
    public static AnchorCheck.Outcome check(DSLContext dsl, Optional<SiteKey> key, AuditAnchor anchor) {
        String hash = anchor.entryId() == 0 ? START : dsl.select(AUDIT_LOG.ENTRY_HASH).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.eq(anchor.entryId())).fetchOne(AUDIT_LOG.ENTRY_HASH);
        if (hash == null) {
            return AnchorCheck.Outcome.ENTRY_MISSING;
        }
        if (!hash.startsWith(anchor.entryHash())) {
            return AnchorCheck.Outcome.ENTRY_CHANGED;
        }
        if (key.isEmpty()) {
            return AnchorCheck.Outcome.FITS_KEY_UNCHECKED;
        }
        return mac(key.get(), anchor.entryId(), hash).startsWith(anchor.mac())
                ? AnchorCheck.Outcome.FITS : AnchorCheck.Outcome.NOT_MADE_WITH_KEY;
    }

    /**
     * Checks the chain, the anchors of all closed meetings and the {@code given} ones (from printed minutes).
     * Reads every entry: run it in the background.
     */
    public static AuditReport verify(DSLContext dsl, DatabaseLocation location, List<AuditAnchor> given) {
        AuditVerification chain = AuditLog.verify(dsl);
        Optional<SiteKey> key = existingKey(location);
        List<AnchorCheck> checks = new ArrayList<>();
        int withoutAnchor = 0;
        for (MeetingAnchor meeting : ofClosedMeetings(dsl)) {
            if (meeting.stored() == null) {
                withoutAnchor++;
                continue;
            }
            String label = "Sitzung vom " + Formats.date(meeting.date());
            checks.add(meeting.anchor().map(a -> new AnchorCheck(label, a, check(dsl, key, a)))
                    .orElseGet(() -> new AnchorCheck(label, null, AnchorCheck.Outcome.UNREADABLE)));
        }
        for (AuditAnchor anchor : given) {
            checks.add(new AnchorCheck("Angegebener Prüfanker", anchor, check(dsl, key, anchor)));
        }
        return new AuditReport(chain, checks, withoutAnchor, SiteKey.fileFor(location), key.isPresent());
    }

    /** A closed meeting and the anchor stored when it was closed ({@code stored} is null before anchors existed). */
    public record MeetingAnchor(LocalDate date, String stored) {

        public Optional<AuditAnchor> anchor() {
            return AuditAnchor.parse(stored);
        }
    }

    /** The closed meetings, oldest first. */
    public static List<MeetingAnchor> ofClosedMeetings(DSLContext dsl) {
        return dsl.select(MEETING.MEETING_DATE, MEETING.AUDIT_ANCHOR).from(MEETING).where(MEETING.STATUS.eq(CLOSED))
                .orderBy(MEETING.MEETING_DATE).fetch(r -> new MeetingAnchor(r.value1(), r.value2()));
    }

    static String mac(SiteKey key, long entryId, String entryHash) {
        return key.hmacHex(PURPOSE, ("stadtlage-audit-anchor\u001f" + entryId + "\u001f" + entryHash)
                .getBytes(StandardCharsets.UTF_8));
    }
}
