package de.stadtlage.testing;

import static de.stadtlage.persistence.jooq.Tables.TASK;

import de.stadtlage.access.AuditLog;
import de.stadtlage.persistence.Database;
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

/**
 * A second app instance on a shared H2 file (opened with {@code --shared}): edits one task with optimistic locking (retrying when the other
 * instance got there first), imports small batches and reads counts. Arguments: database path, name, rounds,
 * task id.
 */
public final class SharedFileWorker {

    public static final int INCIDENTS_PER_ROUND = 10;

    private SharedFileWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String name = args[1];
        int rounds = Integer.parseInt(args[2]);
        int taskId = Integer.parseInt(args[3]);
        int conflicts = 0;
        try (Database db = Database.open(DatabaseLocation.parse(args[0]).shared())) {
            // Both instances have the file open before either writes: the test says "GO" to both at once.
            out.println("READY " + name);
            awaitGo();
            for (int round = 0; round < rounds; round++) {
                while (!incrementPosition(db, taskId, name)) {
                    conflicts++;
                }
                int batch = db.transactionResult(cfg -> {
                    int id = IncidentRepository.insertBatch(cfg.dsl(), name + "-" + taskId, name, false);
                    IncidentRepository.insertAll(cfg.dsl(), incidents(name), id);
                    return id;
                });
                new IncidentRepository(db.dsl()).count(); // the other instance's rows are visible too
                out.println("ROUND " + round + " batch " + batch);
            }
        }
        out.println("DONE " + name + " conflicts " + conflicts);
    }

    private static void awaitGo() {
        try {
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One read-modify-write that only succeeds on the version read: a lost update is impossible. */
    static boolean incrementPosition(Database db, int taskId, String name) {
        return db.transactionResult(cfg -> {
            var task = cfg.dsl().selectFrom(TASK).where(TASK.ID.eq(taskId)).fetchOne();
            int updated = cfg.dsl().update(TASK).set(TASK.POSITION, task.getPosition() + 1)
                    .set(TASK.VERSION, task.getVersion() + 1)
                    .where(TASK.ID.eq(taskId).and(TASK.VERSION.eq(task.getVersion()))).execute();
            if (updated == 1) {
                AuditLog.append(cfg.dsl(), name, "task", taskId, "UPDATE", Map.of("position", task.getPosition()),
                        Map.of("position", task.getPosition() + 1));
            }
            return updated == 1;
        });
    }

    static List<Incident> incidents(String name) {
        List<Incident> list = new ArrayList<>();
        for (int i = 0; i < INCIDENTS_PER_ROUND; i++) {
            list.add(Incident.of(LocalDateTime.of(2023, 9, 4, 10, i), IncidentCategory.values()[i % 5],
                    IncidentSource.KOD, 51.52 + i * 0.0001, 7.46, name));
        }
        return list;
    }
}
