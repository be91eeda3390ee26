package de.stadtlage.testing;

import static de.stadtlage.persistence.jooq.Tables.TASK;

import de.stadtlage.access.AuditLog;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.IncidentSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Writes until it is killed: large imports (one transaction each) or edits of one task. After every commit it
 * prints what is now committed, so the test knows what must survive. Arguments: database path, mode
 * ({@code import} or {@code edit}), task id.
 */
public final class CrashWorker {

    public static final int IMPORT_ROWS = 5_000;

    private CrashWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int taskId = Integer.parseInt(args[2]);
        // Plain jOOQ on one connection, like Database does it, but without Flyway: the schema is migrated already
        // and the test needs 20 short-lived processes. Never closed: the test kills this process.
        DatabaseLocation location = DatabaseLocation.parse(args[0]).withKeyPassword();
        List<Incident> incidents = incidents();
        // Start-up work before the database is touched, so the test can start this JVM while it still checks the
        // database after the previous kill; "GO" says the file is free.
        DSL.using(SQLDialect.H2).renderInlined(DSL.using(SQLDialect.H2).selectFrom(TASK).where(TASK.ID.eq(taskId)));
        out.println("STARTED");
        awaitGo();
        DSLContext db = DSL.using(connect(location), SQLDialect.H2);
        out.println("READY");
        for (long round = 0; ; round++) {
            if ("import".equals(args[1])) {
                out.println("IMPORT-START");
                int batch = db.transactionResult(cfg -> {
                    int id = IncidentRepository.insertBatch(cfg.dsl(), "absturz.csv", "Test", false);
                    IncidentRepository.insertAll(cfg.dsl(), incidents, id);
                    return id;
                });
                out.println("IMPORT-COMMITTED " + batch);
            } else {
                int version = edit(db, taskId);
                out.println("EDIT-COMMITTED " + version);
            }
        }
    }

    private static void awaitGo() {
        try {
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.sql.Connection connect(DatabaseLocation location) {
        try {
            return java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renames the task to match its new version, with an audit entry: title and version must always agree. */
    static int edit(DSLContext db, int taskId) {
        return db.transactionResult(cfg -> {
            var task = cfg.dsl().selectFrom(TASK).where(TASK.ID.eq(taskId)).forUpdate().fetchOne();
            int next = task.getVersion() + 1;
            cfg.dsl().update(TASK).set(TASK.TITLE, "Fassung " + next).set(TASK.VERSION, next)
                    .where(TASK.ID.eq(taskId)).execute();
            AuditLog.append(cfg.dsl(), "Test", "task", taskId, "UPDATE", Map.of("version", task.getVersion()),
                    Map.of("version", next));
            return next;
        });
    }

    private static List<Incident> incidents() {
        List<Incident> list = new ArrayList<>(IMPORT_ROWS);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            list.add(Incident.of(LocalDateTime.of(2023, 8, 17, 0, 0).plusMinutes(i),
                    IncidentCategory.values()[i % IncidentCategory.values().length], IncidentSource.KOD,
                    51.51 + (i % 100) * 0.0001, 7.46 + (i / 100) * 0.0001, "Wallring"));
        }
        return list;
    }
}
