package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditLog;
import de.stadtlage.boards.BoardTask;
import de.stadtlage.boards.TaskPriority;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.testing.ChildJvm;
import de.stadtlage.testing.CrashWorker;
import de.stadtlage.testing.TempDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of imports and task edits, 20 times in a row on one database file. */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path folder;

    private final Random random = new Random(20230817);
    private final Set<Integer> committedBatches = new HashSet<>();
    private int committedVersion;

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = TimeUnit.MINUTES)
    void afterEveryKillTheDatabaseOpensWithEveryCommittedChangeAndNoHalfImport() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        int taskId;
        try (Database db = Database.open(location)) {
            taskId = db.transactionResult(cfg -> TaskRepository.insert(cfg.dsl(), BoardTask.draft(3,
                    "Fassung 0", TaskStatus.IN_ARBEIT, TaskPriority.HOCH, "KOD", null))).id();
        }
        // The next worker JVM starts while this one checks the database after a kill; it touches the file only
        // when told, so the kills stay strictly one after another on one file.
        Process next = startWorker(location, 0, taskId);
        for (int kill = 0; kill < KILLS; kill++) {
            Process worker = next;
            long t0 = System.nanoTime();
            runAndKill(worker, mode(kill), kill);
            long t1 = System.nanoTime();
            next = kill + 1 < KILLS ? startWorker(location, kill + 1, taskId) : null;
            try (Database db = Database.open(location)) {
                checkEverythingCommittedIsThere(db, taskId);
            }
            System.err.printf("kill %d (%s): worker ran %d ms, reopen and check %d ms%n", kill, mode(kill),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
        assertThat(committedBatches).as("imports committed before a kill").isNotEmpty();
        assertThat(committedVersion).as("edits committed before a kill").isPositive();
    }

    private static String mode(int kill) {
        return kill % 2 == 0 ? "import" : "edit";
    }

    private Process startWorker(DatabaseLocation location, int kill, int taskId) throws Exception {
        return ChildJvm.start(CrashWorker.class, folder.resolve("worker-" + kill + ".err"), location.display(),
                mode(kill), String.valueOf(taskId));
    }

    private void runAndKill(Process child, String mode, int kill) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("STARTED");
        child.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        // imports: kill somewhere inside an import (every other time inside the second, after one committed);
        // edits: kill amid a stream of commits
        String awaited = mode.equals("import") ? "IMPORT-START" : "EDIT-COMMITTED";
        int wanted = mode.equals("edit") ? 5 : kill % 4 == 0 ? 2 : 1;
        int seen = 0;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            record(line);
            if (line.startsWith(awaited) && ++seen == wanted) {
                break;
            }
        }
        Thread.sleep(mode.equals("import") ? random.nextInt(700) : random.nextInt(30));
        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe with the last lines.
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            record(line);
        }
    }

    private void record(String line) {
        if (line.startsWith("IMPORT-COMMITTED ")) {
            committedBatches.add(Integer.parseInt(line.substring("IMPORT-COMMITTED ".length())));
        } else if (line.startsWith("EDIT-COMMITTED ")) {
            committedVersion = Math.max(committedVersion, Integer.parseInt(line.substring("EDIT-COMMITTED ".length())));
        }
    }

    private void checkEverythingCommittedIsThere(Database db, int taskId) {
        Map<Integer, Integer> rowsPerBatch = db.dsl().select(INCIDENT.IMPORT_BATCH_ID, DSL.count()).from(INCIDENT)
                .groupBy(INCIDENT.IMPORT_BATCH_ID).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Integer, Integer> declared = db.dsl().select(IMPORT_BATCH.ID, IMPORT_BATCH.ROW_COUNT).from(IMPORT_BATCH)
                .fetchMap(r -> r.value1(), r -> r.value2());
        assertThat(declared.keySet()).as("every committed import is there").containsAll(committedBatches);
        assertThat(rowsPerBatch).as("no half-written import").isEqualTo(declared);
        assertThat(declared.values()).allMatch(rows -> rows == CrashWorker.IMPORT_ROWS);
        BoardTask task = new TaskRepository(db.dsl()).findById(taskId).orElseThrow();
        assertThat(task.version()).as("every committed edit is there").isGreaterThanOrEqualTo(committedVersion);
        assertThat(task.title()).isEqualTo("Fassung " + task.version());
        assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        assertThat(AuditLog.entriesFor(db.dsl(), "task", taskId)).hasSize(task.version());
    }
}
