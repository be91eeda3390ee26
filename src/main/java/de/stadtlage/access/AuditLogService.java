package de.stadtlage.access;

import de.stadtlage.persistence.Database;
import java.time.Clock;

/**
 * Reading the audit log: the admin searches every change (newest first, at most {@value #MAX_ROWS} at a time) and
 * checks the hash chain.
 *
 * <p>Only the admin may read it, not the Vorsitz: the log holds the people area too (who got which role, wrong
 * passwords, deactivated accounts), and {@link Permissions} gives that area to the admin alone.
 * {@link Permissions#requireAuditLogReader} has the rule.
 */
public final class AuditLogService {

    /** More rows than a person reads; beyond this the filter should be narrower. */
    public static final int MAX_ROWS = 1000;

    private final Database database;
    private final Clock clock;
    private final int maxRows;

    public AuditLogService(Database database, Clock clock) {
        this(database, clock, MAX_ROWS);
    }

    AuditLogService(Database database, Clock clock, int maxRows) {
        this.database = database;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** The people and kinds of things the filters offer. */
    public AuditLogChoices choices(CurrentUser user) {
        Permissions.requireAuditLogReader(user);
        AuditLogRepository log = new AuditLogRepository(database.dsl());
        return new AuditLogChoices(log.actors(), log.entities());
    }

    /** The entries matching {@code filter}, newest first; days are taken in the clock's time zone. */
    public AuditLogPage search(CurrentUser user, AuditLogFilter filter) {
        Permissions.requireAuditLogReader(user);
        return new AuditLogRepository(database.dsl()).search(filter, clock.getZone(), maxRows);
    }

    /**
     * Recomputes the whole hash chain and checks it against the anchors of the closed meetings (reads every entry:
     * run it in the background).
     */
    public AuditReport verify(CurrentUser user) {
        Permissions.requireAuditLogReader(user);
        return AuditAnchors.verify(database.dsl(), database.location(), java.util.List.of());
    }

    public int maxRows() {
        return maxRows;
    }
}
