package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void newTasksGoToTheEndOfTheirColumnAndAreCountedPerColumn() {
        try (Database db = TempDatabase.open(folder)) {
            Subgroup sv = new SubgroupRepository(db.dsl()).findByCode("SV").orElseThrow();
            db.transaction(cfg -> {
                TaskRepository.insert(cfg.dsl(), BoardTask.draft(sv.id(), "Erste", TaskStatus.OFFEN, TaskPriority.HOCH, "Anna", null));
                TaskRepository.insert(cfg.dsl(), BoardTask.draft(sv.id(), "Zweite", TaskStatus.OFFEN, TaskPriority.MITTEL, null,
                        LocalDate.of(2030, 1, 31)));
                TaskRepository.insert(cfg.dsl(), BoardTask.draft(sv.id(), "Fertig", TaskStatus.ERLEDIGT, TaskPriority.NIEDRIG, null, null));
            });
            TaskRepository tasks = new TaskRepository(db.dsl());
            assertThat(tasks.listBoard(sv.id())).filteredOn(t -> t.status() == TaskStatus.OFFEN)
                    .extracting(BoardTask::title, BoardTask::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Erste", 0), org.assertj.core.groups.Tuple.tuple("Zweite", 1));
            assertThat(tasks.countByStatus(sv.id())).containsEntry(TaskStatus.OFFEN, 2).containsEntry(TaskStatus.ERLEDIGT, 1)
                    .containsEntry(TaskStatus.BLOCKIERT, 0);
            BoardTask done = tasks.listBoard(sv.id()).stream().filter(t -> t.title().equals("Fertig")).findFirst().orElseThrow();
            assertThat(done.doneAt()).isNotNull();
            assertThat(done.version()).isZero();
        }
    }

    @Test
    void commentsBelongToTheirTaskAndTitlesKeepSpecialCharacters() {
        try (Database db = TempDatabase.open(folder)) {
            Subgroup bb = new SubgroupRepository(db.dsl()).findByCode("BB").orElseThrow();
            BoardTask task = db.transactionResult(cfg -> TaskRepository.insert(cfg.dsl(),
                    BoardTask.draft(bb.id(), "<b>x</b> & \"y\" – Straße", TaskStatus.BLOCKIERT, TaskPriority.HOCH, null, null)));
            db.transaction(cfg -> TaskRepository.addComment(cfg.dsl(), task.id(), "Kai", "Warten auf Rechtsamt"));
            TaskRepository tasks = new TaskRepository(db.dsl());
            assertThat(tasks.findById(task.id()).orElseThrow().title()).isEqualTo("<b>x</b> & \"y\" – Straße");
            assertThat(tasks.commentCount(task.id())).isEqualTo(1);
        }
    }

    @Test
    void overdueMeansPastDueAndNotDone() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        BoardTask open = BoardTask.draft(1, "a", TaskStatus.IN_ARBEIT, TaskPriority.MITTEL, null, today.minusDays(1));
        BoardTask done = BoardTask.draft(1, "b", TaskStatus.ERLEDIGT, TaskPriority.MITTEL, null, today.minusDays(1));
        BoardTask dueToday = BoardTask.draft(1, "c", TaskStatus.OFFEN, TaskPriority.MITTEL, null, today);
        assertThat(open.isOverdue(today)).isTrue();
        assertThat(done.isOverdue(today)).isFalse();
        assertThat(dueToday.isOverdue(today)).isFalse();
    }
}
