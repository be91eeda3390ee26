package de.stadtlage.situation;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.Messages;
import java.time.ZoneId;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Optimistic locking for key figures, as for tasks: a figure is saved from the state the person saw in the table
 * (its id and version, or none for a new one). A different stored state is not overwritten; the message names
 * who changed it when, from the audit log.
 */
final class KeyFigureConflicts {

    static final String ENTITY = "key_figure";

    private KeyFigureConflicts() {
    }

    /** Refuses when {@code stored} (the figure for the same metric, source and period) is not what was seen. */
    static void requireAsSeen(DSLContext tx, KeyFigure seen, KeyFigure stored) {
        if (seen.id() == null && stored == null) {
            return;
        }
        if (stored == null) {
            throw conflict(tx, "figures.conflict.deleted", seen, seen.id());
        }
        if (seen.id() == null || !seen.id().equals(stored.id())) {
            throw conflict(tx, "figures.conflict.created", seen, stored.id());
        }
        if (seen.version() != stored.version()) {
            throw changed(tx, seen);
        }
    }

    static ConflictException changed(DSLContext tx, KeyFigure seen) {
        return conflict(tx, "figures.conflict.changed", seen, seen.id());
    }

    private static ConflictException conflict(DSLContext tx, String key, KeyFigure figure, int id) {
        List<AuditEntry> entries = AuditLog.entriesFor(tx, ENTITY, id);
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return new ConflictException(Messages.get(key, ConflictException.who(last == null ? null : last.actor()),
                ConflictException.when(last == null ? null : last.occurredAt(), ZoneId.systemDefault()),
                figure.metric(), figure.source(), KeyFigureTrend.periodLabel(figure)));
    }
}
