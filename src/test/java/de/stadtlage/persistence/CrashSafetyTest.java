package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditLog;
import de.stadtlage.boards.BoardTask;
import de.stadtlage.boards.TaskPriority;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.testing.CrashWorker;
import de.stadtlage.testing.CrashWorkerProcess;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of imports and task edits, 20 times in a row on one database file, which is reopened
 * and checked after every kill. Each worker JVM starts while its predecessor still writes and touches the file
 * only when told, so the kills stay strictly one after another. After half of the kills (five imports, five
 * edits) the app's own {@link Database#open} has to get past the killed worker's stale H2 lock file (which costs H2
 * about four seconds of waiting); after the other half the test, which has seen the worker die, removes that lock
 * file itself and reads the file through a plain connection, so the whole loop stays well under two minutes.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path folder;

    private final Random random = new Random(20230817);
    private final Set<Integer> committedBatches = new HashSet<>();
    private int committedVersion;
    private DatabaseLocation location;
    private int taskId;
    private final List<CrashWorkerProcess> workers = new ArrayList<>();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void afterEveryKillTheDatabaseOpensWithEveryCommittedChangeAndNoHalfImport() throws Exception {
        location = TempDatabase.location(folder);
        taskId = createTaskToEdit();
        List<KillTiming> timings = new ArrayList<>();
        try {
            CrashWorkerProcess next = startWorker(0);
            for (int kill = 0; kill < KILLS; kill++) {
                CrashWorkerProcess worker = next;
                Laps laps = new Laps();
                worker.go();
                laps.end("waited for JVM");
                next = kill + 1 < KILLS ? startWorker(kill + 1) : null;
                worker.awaitLine("READY", 1);
                laps.end("opened");
                runUntilKillPoint(worker, kill);
                laps.end("wrote");
                worker.kill();
                laps.end("kill");
                reopenAndCheck(kill, laps);
                timings.add(new KillTiming(kill, mode(kill), recoversStaleLockItself(kill), laps));
                System.err.println(timings.get(kill));
            }
        } finally {
            workers.forEach(CrashWorkerProcess::killQuietly);
        }
        System.err.println(KillTiming.summary(timings));
        assertThat(committedBatches).as("imports committed before a kill").isNotEmpty();
        assertThat(committedVersion).as("edits committed before a kill").isPositive();
    }

    private int createTaskToEdit() {
        try (Database db = Database.open(location)) {
            location = db.location(); // with the password from the key file, for the plain connections below
            return db.transactionResult(cfg -> TaskRepository.insert(cfg.dsl(), BoardTask.draft(3,
                    "Fassung 0", TaskStatus.IN_ARBEIT, TaskPriority.HOCH, "KOD", null))).id();
        }
    }

    private static String mode(int kill) {
        return kill % 2 == 0 ? "import" : "edit";
    }

    /** Half of the kills, as many during imports (even kills) as during edits (odd kills): 2, 3, 6, 7, … */
    private static boolean recoversStaleLockItself(int kill) {
        return kill / 2 % 2 == 1;
    }

    private CrashWorkerProcess startWorker(int kill) throws Exception {
        CrashWorkerProcess worker = CrashWorkerProcess.start(folder.resolve("worker-" + kill + ".err"), this::record,
                location.display(), mode(kill), String.valueOf(taskId));
        workers.add(worker);
        return worker;
    }

    private void runUntilKillPoint(CrashWorkerProcess worker, int kill) throws Exception {
        if (mode(kill).equals("import")) {
            int importsStarted = kill % 4 == 0 ? 2 : 1;
            worker.awaitLine("IMPORT-START", importsStarted);
            Thread.sleep(random.nextInt(700));
        } else {
            worker.awaitLine("EDIT-COMMITTED", 5);
            Thread.sleep(random.nextInt(30));
        }
    }

    private void record(String line) {
        if (line.startsWith("IMPORT-COMMITTED ")) {
            committedBatches.add(Integer.parseInt(line.substring("IMPORT-COMMITTED ".length())));
        } else if (line.startsWith("EDIT-COMMITTED ")) {
            committedVersion = Math.max(committedVersion, Integer.parseInt(line.substring("EDIT-COMMITTED ".length())));
        }
    }

    private void reopenAndCheck(int kill, Laps laps) throws Exception {
        Path staleLock = Path.of(location.display().replace(".mv.db", ".lock.db"));
        assertThat(staleLock).as("lock file left by the killed worker").exists();
        if (recoversStaleLockItself(kill)) {
            try (Database db = Database.open(location)) {
                laps.end("reopen");
                checkEverythingCommittedIsThere(db.dsl());
                laps.end("check");
            }
            return;
        }
        Files.delete(staleLock);
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(),
                location.password())) {
            laps.end("reopen");
            checkEverythingCommittedIsThere(DSL.using(connection, SQLDialect.H2));
            laps.end("check");
        }
    }

    private void checkEverythingCommittedIsThere(DSLContext dsl) {
        Map<Integer, Integer> rowsPerBatch = dsl.select(INCIDENT.IMPORT_BATCH_ID, DSL.count()).from(INCIDENT)
                .groupBy(INCIDENT.IMPORT_BATCH_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Integer, Integer> declared = dsl.select(IMPORT_BATCH.ID, IMPORT_BATCH.ROW_COUNT).from(IMPORT_BATCH)
                .fetchMap(r -> r.value1(), r -> r.value2());
        assertThat(declared.keySet()).as("every committed import is there").containsAll(committedBatches);
        assertThat(rowsPerBatch).as("no half-written import").isEqualTo(declared);
        assertThat(declared.values()).allMatch(rows -> rows == CrashWorker.IMPORT_ROWS);
        BoardTask task = new TaskRepository(dsl).findById(taskId).orElseThrow();
        assertThat(task.version()).as("every committed edit is there").isGreaterThanOrEqualTo(committedVersion);
        assertThat(task.title()).isEqualTo("Fassung " + task.version());
        assertThat(AuditLog.verify(dsl).intact()).isTrue();
        assertThat(AuditLog.entriesFor(dsl, "task", taskId)).hasSize(task.version());
    }

    private static final class Laps {

        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long lastEnd = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            millis.put(phase, (now - lastEnd) / 1_000_000);
            lastEnd = now;
        }
    }

    private record KillTiming(int kill, String mode, boolean staleLock, Laps laps) {

        @Override
        public String toString() {
            return String.format("kill %2d %-6s %-10s ", kill, mode, staleLock ? "stale lock" : "")
                    + laps.millis.entrySet().stream().map(e -> String.format("%s %4d ms", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
        }

        static String summary(List<KillTiming> timings) {
            Map<String, Long> total = new LinkedHashMap<>();
            timings.forEach(t -> t.laps.millis.forEach((phase, ms) -> total.merge(phase, ms, Long::sum)));
            long staleReopens = timings.stream().filter(KillTiming::staleLock)
                    .mapToLong(t -> t.laps.millis.get("reopen")).sum();
            return String.format("%d kills in %d ms (reopens after a stale lock %d ms): ", timings.size(),
                    total.values().stream().mapToLong(Long::longValue).sum(), staleReopens)
                    + total.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                    .collect(Collectors.joining(", "));
        }
    }
}
