package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;
import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.APP_SETTING;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.DECISION;
import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.MEETING_ADDENDUM;
import static de.stadtlage.persistence.jooq.Tables.PERSON;
import static de.stadtlage.persistence.jooq.Tables.TASK;
import static de.stadtlage.persistence.jooq.Tables.TASK_COMMENT;

import de.stadtlage.access.AuditLog;
import de.stadtlage.persistence.jooq.DefaultSchema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Questions about the database as a whole: is it empty, how many rows per table. */
public final class DatabaseContent {

    /** Set when the user chose "Leer beginnen": the welcome page is not shown again. */
    public static final String STARTED_KEY = "welcome.done";

    private DatabaseContent() {
    }

    /**
     * No user content yet: no people (other than accounts with a password, such as the first admin), tasks,
     * meetings, action items, incidents or key figures.
     */
    public static boolean isEmpty(DSLContext dsl) {
        return dsl.fetchCount(PERSON, PERSON.PASSWORD_HASH.isNull()) == 0 && dsl.fetchCount(TASK) == 0 && dsl.fetchCount(MEETING) == 0
                && dsl.fetchCount(ACTION_ITEM) == 0 && dsl.fetchCount(INCIDENT) == 0 && dsl.fetchCount(KEY_FIGURE) == 0;
    }

    /** The database holds the synthetic sample situation (the app then marks everything it shows as sample). */
    public static boolean hasSampleData(DSLContext dsl) {
        return dsl.fetchExists(IMPORT_BATCH, IMPORT_BATCH.SAMPLE.isTrue());
    }

    /** The welcome page shows on an empty database the user has not yet chosen to start empty. */
    public static boolean needsWelcome(DSLContext dsl) {
        return isEmpty(dsl) && !dsl.fetchExists(APP_SETTING, APP_SETTING.SETTING_KEY.eq(STARTED_KEY));
    }

    public static void markStarted(Database database) {
        database.transaction(cfg -> cfg.dsl().insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_KEY, STARTED_KEY).set(APP_SETTING.SETTING_VALUE, "true")
                .onConflict(APP_SETTING.SETTING_KEY).doNothing().execute());
    }

    /** Row count per table, named as the table (lower case), in schema order. */
    public static Map<String, Integer> rowCounts(DSLContext dsl) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName().toLowerCase(Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    /**
     * Removes all user content (keeps subgroups, areas, settings, the audit log and the accounts that can log in,
     * so a protected database stays protected) inside the caller's transaction, and records that in the audit log.
     */
    public static void clear(DSLContext tx, String actor) {
        Map<String, Integer> before = rowCounts(tx);
        for (Table<?> table : new Table<?>[] {TASK_COMMENT, TASK, ACTION_ITEM, DECISION, AGENDA_ITEM, ATTENDANCE,
                MEETING_ADDENDUM, MEETING, INCIDENT, IMPORT_BATCH, KEY_FIGURE}) {
            tx.deleteFrom(table).execute();
        }
        tx.deleteFrom(PERSON).where(PERSON.PASSWORD_HASH.isNull()).execute();
        AuditLog.append(tx, actor, "database", null, "CLEARED", before, null);
    }
}
