package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditLog;
import de.stadtlage.app.StartupOpener;
import de.stadtlage.boards.BoardTask;
import de.stadtlage.boards.TaskPriority;
import de.stadtlage.boards.TaskRepository;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.testing.ChildJvm;
import de.stadtlage.testing.SharedFileWorker;
import de.stadtlage.testing.TempDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two app instances (two JVMs) on one H2 file in automatic mixed mode. */
class MixedModeTest {

    /** Different lengths: one instance ends (perhaps the one serving the file) while the other still writes. */
    private static final int ROUNDS_A = 20;
    private static final int ROUNDS_B = 40;
    private static final int ROUNDS = ROUNDS_A + ROUNDS_B;

    @TempDir
    Path folder;

    @Test
    void twoProcessesReadAndWriteOneFileWithoutErrorsAndWithoutLostUpdatesEvenWhenOneEndsFirst() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        int taskId;
        try (Database db = StartupOpener.open(location)) {
            taskId = db.transactionResult(cfg -> TaskRepository.insert(cfg.dsl(), BoardTask.draft(1,
                    "Beleuchtung Keuningpark", TaskStatus.OFFEN, TaskPriority.HOCH, "Tiefbauamt", null))).id();
        }
        String path = location.display();
        Process first = ChildJvm.start(SharedFileWorker.class, folder.resolve("a.err"), path, "A", "" + ROUNDS_A, "" + taskId);
        Process second = ChildJvm.start(SharedFileWorker.class, folder.resolve("b.err"), path, "B", "" + ROUNDS_B, "" + taskId);
        BufferedReader readerA = reader(first);
        BufferedReader readerB = reader(second);
        assertThat(readerA.readLine()).isEqualTo("READY A");
        assertThat(readerB.readLine()).isEqualTo("READY B"); // both have the file open now
        for (Process p : List.of(first, second)) {
            p.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
        }
        List<String> outA = readerA.lines().toList();
        List<String> outB = readerB.lines().toList();
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(folder.resolve("a.err"))).isZero();
        assertThat(second.exitValue()).as(Files.readString(folder.resolve("b.err"))).isZero();
        assertThat(outA).last().asString().startsWith("DONE A");
        assertThat(outB).last().asString().startsWith("DONE B");
        assertThat(Files.readString(folder.resolve("a.err")) + Files.readString(folder.resolve("b.err")))
                .doesNotContain("Exception");

        try (Database db = StartupOpener.open(location)) {
            BoardTask task = new TaskRepository(db.dsl()).findById(taskId).orElseThrow();
            assertThat(task.position()).as("every increment of both processes is there").isEqualTo(ROUNDS);
            assertThat(task.version()).isEqualTo(ROUNDS);
            assertThat(new IncidentRepository(db.dsl()).count())
                    .isEqualTo(ROUNDS * SharedFileWorker.INCIDENTS_PER_ROUND);
            assertThat(AuditLog.verify(db.dsl()).intact()).as("the audit chain did not fork").isTrue();
            assertThat(AuditLog.entriesFor(db.dsl(), "task", taskId)).hasSize(ROUNDS);
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
