package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.APP_SETTING;
import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;

import de.stadtlage.common.Json;
import de.stadtlage.persistence.CommitMarker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/**
 * The append-only audit log. Every write of a service appends an entry in its own transaction; each entry's hash
 * covers its content and the previous entry's hash, so a changed or removed row breaks the chain.
 */
public final class AuditLog {

    static final String HEAD_KEY = "audit.head";

    private AuditLog() {
    }

    /** Appends an entry inside the caller's transaction {@code tx}. Before/after are serialised as JSON. */
    public static void append(DSLContext tx, String actor, String entity, Object entityId, String action,
                              Object before, Object after) {
        String prevHash = tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(HEAD_KEY)).forUpdate().fetchOne(APP_SETTING.SETTING_VALUE);
        // Microseconds survive every database's timestamp type, so the hash can be recomputed from the row.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = entityId == null ? null : String.valueOf(entityId);
        String beforeJson = Json.write(before);
        String afterJson = Json.write(after);
        String hash = hash(now, actor, entity, id, action, beforeJson, afterJson, prevHash);
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, now)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, id)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.BEFORE_JSON, beforeJson)
                .set(AUDIT_LOG.AFTER_JSON, afterJson)
                .set(AUDIT_LOG.PREV_HASH, prevHash)
                .set(AUDIT_LOG.ENTRY_HASH, hash)
                .execute();
        tx.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, hash).where(APP_SETTING.SETTING_KEY.eq(HEAD_KEY)).execute();
        CommitMarker.written(hash);
    }

    /** The entries about one entity, oldest first (a task's history, say). */
    public static List<AuditEntry> entriesFor(DSLContext dsl, String entity, Object entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(entityId))))
                .orderBy(AUDIT_LOG.ID).fetch(AuditLog::toEntry);
    }

    /** Checks the whole chain; returns the id of the first entry that does not fit, or empty when intact. */
    public static OptionalLong firstBrokenEntry(DSLContext dsl) {
        String expectedPrev = "0".repeat(64);
        try (var cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetchSize(500).fetchLazy()) {
            for (var r : cursor) {
                String recomputed = hash(r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(), r.getAction(),
                        r.getBeforeJson(), r.getAfterJson(), r.getPrevHash());
                if (!r.getPrevHash().equals(expectedPrev) || !recomputed.equals(r.getEntryHash())) {
                    return OptionalLong.of(r.getId());
                }
                expectedPrev = r.getEntryHash();
            }
        }
        String head = dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(HEAD_KEY)).fetchOne(APP_SETTING.SETTING_VALUE);
        // A deleted last entry leaves the head pointing past the end of the chain.
        return Objects.equals(head, expectedPrev) ? OptionalLong.empty() : OptionalLong.of(-1);
    }

    /** Checks the chain and describes the first broken entry, if any. */
    public static AuditVerification verify(DSLContext dsl) {
        OptionalLong broken = firstBrokenEntry(dsl);
        int entries = dsl.fetchCount(AUDIT_LOG);
        if (broken.isEmpty()) {
            return new AuditVerification(entries, null, java.util.Optional.empty());
        }
        long id = broken.getAsLong();
        return new AuditVerification(entries, id, dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id))
                .fetchOptional(AuditLog::toEntry));
    }

    static AuditEntry toEntry(de.stadtlage.persistence.jooq.tables.records.AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(),
                r.getAction(), r.getBeforeJson(), r.getAfterJson(), r.getPrevHash(), r.getEntryHash());
    }

    static String hash(Instant at, String actor, String entity, String entityId, String action,
                       String before, String after, String prevHash) {
        String content = String.join("\u001f", at.toString(), actor, entity, String.valueOf(entityId), action,
                String.valueOf(before), String.valueOf(after), prevHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
