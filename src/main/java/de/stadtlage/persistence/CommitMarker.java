package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;

import org.jooq.DSLContext;

/**
 * What proves that a transaction committed: the hash of the last audit entry it appended (every write of the app
 * appends one in its own transaction). When the connection breaks during a commit, {@link Database} looks the hash
 * up to learn whether the commit arrived, instead of running the work a second time.
 */
public final class CommitMarker {

    private static final ThreadLocal<String> WRITTEN = new ThreadLocal<>();

    private CommitMarker() {
    }

    /** Called by the audit log for every entry it appends (transactions run on the calling thread). */
    public static void written(String entryHash) {
        WRITTEN.set(entryHash);
    }

    /** Forgets the marker of an earlier transaction; returns it, so a nested transaction can restore it. */
    static String clear() {
        String earlier = WRITTEN.get();
        WRITTEN.remove();
        return earlier;
    }

    /** The marker the current transaction left, or {@code null} when it appended no audit entry. */
    static String current() {
        return WRITTEN.get();
    }

    static void restore(String earlier) {
        if (earlier == null) {
            WRITTEN.remove();
        } else {
            WRITTEN.set(earlier);
        }
    }

    /** Whether the entry with this hash is stored, that is, its transaction committed. */
    static boolean isStored(DSLContext dsl, String entryHash) {
        return dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ENTRY_HASH.eq(entryHash));
    }
}
