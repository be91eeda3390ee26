package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;
    Database db;
    Subgroup sv;
    Subgroup cr;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        SubgroupRepository subgroups = new SubgroupRepository(db.dsl());
        sv = subgroups.findByCode("SV").orElseThrow();
        cr = subgroups.findByCode("CR").orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    TaskService as(String name, Role role, Subgroup subgroup) {
        return new TaskService(db, new CurrentUser(name, role, subgroup == null ? null : subgroup.id()), CLOCK);
    }

    TaskService chair() {
        return as("Martina Krüger", Role.VORSITZ, null);
    }

    List<BoardTask> column(Subgroup subgroup, TaskStatus status) {
        return new TaskRepository(db.dsl()).listBoard(subgroup.id()).stream().filter(t -> t.status() == status).toList();
    }

    @Test
    void leadChangesOwnBoardButNotAnotherSubgroups() {
        TaskService lead = as("Peter Schulte", Role.UNTERGRUPPENLEITUNG, sv);
        BoardTask own = lead.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Beleuchtung prüfen", TaskPriority.HOCH, null));
        BoardTask moved = lead.move(own, TaskStatus.IN_ARBEIT, 0);
        assertThat(moved.status()).isEqualTo(TaskStatus.IN_ARBEIT);

        BoardTask foreign = chair().create(cr.id(), TaskStatus.OFFEN, TaskInput.simple("Winterplätze", TaskPriority.HOCH, null));
        assertThatThrownBy(() -> lead.move(foreign, TaskStatus.ERLEDIGT, 0))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Campieren reduzieren");
        assertThatThrownBy(() -> lead.edit(foreign, TaskInput.simple("Anders", TaskPriority.NIEDRIG, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.create(cr.id(), TaskStatus.OFFEN, TaskInput.simple("x", TaskPriority.HOCH, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.delete(foreign)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.comment(foreign, "Hallo")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.setWipLimit(cr.id(), TaskStatus.OFFEN, 3)).isInstanceOf(PermissionDeniedException.class);

        BoardTask stored = new TaskRepository(db.dsl()).findById(foreign.id()).orElseThrow();
        assertThat(stored).isEqualTo(foreign);
        assertThat(new TaskRepository(db.dsl()).commentCount(foreign.id())).isZero();
    }

    @Test
    void readerCannotChangeAnythingAndIsToldWhy() {
        BoardTask task = chair().create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Bänke", TaskPriority.MITTEL, null));
        TaskService reader = as("Tobias Lang", Role.LESEND, null);
        assertThatThrownBy(() -> reader.move(task, TaskStatus.IN_ARBEIT, 0))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Lesend").hasMessageContaining("nur das Lesen");
        assertThatThrownBy(() -> reader.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("x", TaskPriority.HOCH, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reader.archive(task)).isInstanceOf(PermissionDeniedException.class);
        assertThat(column(sv, TaskStatus.OFFEN)).extracting(BoardTask::title).containsExactly("Bänke");
    }

    @Test
    void chairAndAdminChangeEveryBoard() {
        for (Subgroup subgroup : new SubgroupRepository(db.dsl()).list()) {
            BoardTask task = chair().create(subgroup.id(), TaskStatus.OFFEN, TaskInput.simple("A " + subgroup.code(), TaskPriority.HOCH, null));
            BoardTask done = as("Admin", Role.ADMIN, null).move(task, TaskStatus.ERLEDIGT, 0);
            assertThat(done.status()).isEqualTo(TaskStatus.ERLEDIGT);
        }
    }

    @Test
    void doneRecordsWhenAndReopeningClearsIt() {
        BoardTask task = chair().create(sv.id(), TaskStatus.IN_ARBEIT, TaskInput.simple("Graffiti", TaskPriority.MITTEL, null));
        BoardTask done = chair().move(task, TaskStatus.ERLEDIGT, 0);
        assertThat(done.doneAt()).isEqualTo(CLOCK.instant());
        BoardTask reopened = chair().move(done, TaskStatus.OFFEN, 0);
        assertThat(reopened.doneAt()).isNull();
        assertThat(reopened.version()).isEqualTo(2);
    }

    @Test
    void reorderingAndMovingKeepAGaplessOrderThatPersists() {
        TaskService chair = chair();
        BoardTask a = chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("A", TaskPriority.HOCH, null));
        chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("B", TaskPriority.HOCH, null));
        BoardTask c = chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("C", TaskPriority.HOCH, null));
        chair.move(c, TaskStatus.OFFEN, 0);
        assertThat(column(sv, TaskStatus.OFFEN)).extracting(BoardTask::title).containsExactly("C", "A", "B");
        chair.move(a, TaskStatus.OFFEN, 99);
        assertThat(column(sv, TaskStatus.OFFEN)).extracting(BoardTask::title).containsExactly("C", "B", "A");

        BoardTask b = column(sv, TaskStatus.OFFEN).get(1);
        chair.move(b, TaskStatus.BLOCKIERT, 0);
        assertThat(column(sv, TaskStatus.OFFEN)).extracting(BoardTask::title, BoardTask::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C", 0), org.assertj.core.groups.Tuple.tuple("A", 1));
        try (Database reopened = Database.open(TempDatabase.location(folder))) {
            List<BoardTask> board = new TaskRepository(reopened.dsl()).listBoard(sv.id());
            assertThat(board).filteredOn(t -> t.status() == TaskStatus.OFFEN).extracting(BoardTask::title)
                    .containsExactly("C", "A");
            assertThat(board).filteredOn(t -> t.status() == TaskStatus.BLOCKIERT).extracting(BoardTask::title)
                    .containsExactly("B");
        }
    }

    @Test
    void secondSaveFromAnotherConnectionIsRefusedAndNamesTheOtherChange() {
        BoardTask task = chair().create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Sitzmöbel", TaskPriority.MITTEL, null));
        try (Database other = Database.open(TempDatabase.location(folder))) {
            TaskService kai = new TaskService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null), CLOCK);
            BoardTask seenByKai = new TaskRepository(other.dsl()).findById(task.id()).orElseThrow();
            kai.move(seenByKai, TaskStatus.IN_ARBEIT, 0);
        }
        TaskService peter = as("Peter Schulte", Role.UNTERGRUPPENLEITUNG, sv);
        assertThatThrownBy(() -> peter.edit(task, TaskInput.simple("Sitzmöbel Nordmarkt", TaskPriority.HOCH, null)))
                .isInstanceOf(TaskConflictException.class)
                .hasMessageContaining("Kai Brandt")
                .hasMessageContaining("Spalte: Offen → In Arbeit")
                .satisfies(e -> assertThat(((TaskConflictException) e).current()).get()
                        .extracting(BoardTask::status).isEqualTo(TaskStatus.IN_ARBEIT));
        BoardTask stored = new TaskRepository(db.dsl()).findById(task.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Sitzmöbel");
        assertThat(stored.priority()).isEqualTo(TaskPriority.MITTEL);
        assertThat(peter.edit(stored, TaskInput.simple("Sitzmöbel Nordmarkt", TaskPriority.HOCH, null)).title())
                .isEqualTo("Sitzmöbel Nordmarkt");
    }

    @Test
    void movingATaskSomeoneDeletedSaysSo() {
        BoardTask task = chair().create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Weg", TaskPriority.MITTEL, null));
        as("Admin", Role.ADMIN, null).delete(task);
        assertThatThrownBy(() -> chair().move(task, TaskStatus.ERLEDIGT, 0))
                .isInstanceOf(TaskConflictException.class).hasMessageContaining("gelöscht").hasMessageContaining("Admin");
    }

    @Test
    void newTaskNeedsTitleAndNoPastDueDateButAnOverdueTaskCanStillBeEdited() {
        TaskService chair = chair();
        assertThatThrownBy(() -> chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("  ", TaskPriority.HOCH, null)))
                .isInstanceOf(UserMessage.class).hasMessage("Bitte geben Sie einen Titel ein.");
        assertThatThrownBy(() -> chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("x", TaskPriority.HOCH, TODAY.minusDays(1))))
                .isInstanceOf(UserMessage.class).hasMessageContaining("Vergangenheit");
        BoardTask dueToday = chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple(" Heute ", TaskPriority.HOCH, TODAY));
        assertThat(dueToday.title()).isEqualTo("Heute");

        BoardTask overdue = db.transactionResult(cfg -> TaskRepository.insert(cfg.dsl(),
                BoardTask.draft(sv.id(), "Alt", TaskStatus.IN_ARBEIT, TaskPriority.MITTEL, null, TODAY.minusDays(5))));
        BoardTask edited = chair.edit(overdue, new TaskInput("Alt, neu formuliert", null, TaskPriority.HOCH, null, "Ordnungsamt",
                TODAY.minusDays(5), null, null));
        assertThat(edited.dueDate()).isEqualTo(TODAY.minusDays(5));
        assertThat(edited.ownerText()).isEqualTo("Ordnungsamt");
        assertThatThrownBy(() -> chair.edit(edited, TaskInput.simple("Alt", TaskPriority.HOCH, TODAY.minusDays(2))))
                .isInstanceOf(UserMessage.class).hasMessageContaining("Vergangenheit");
    }

    @Test
    void aTitleOverOneHundredTwentyCharactersIsRefusedInGerman() {
        assertThatThrownBy(() -> chair().create(sv.id(), TaskStatus.OFFEN,
                TaskInput.simple("Sitzmöbel ".repeat(13), TaskPriority.HOCH, null)))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Der Titel ist zu lang. Bitte kürzen Sie ihn auf höchstens 120 Zeichen.");
        assertThat(chair().create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("t".repeat(120), TaskPriority.HOCH, null))
                .title()).hasSize(120);
    }

    @Test
    void everyWriteIsInTheAuditLogAndTheHistorySaysWhoChangedWhat() {
        TaskService lead = as("Peter Schulte", Role.UNTERGRUPPENLEITUNG, sv);
        BoardTask task = lead.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Beleuchtung", TaskPriority.MITTEL, null));
        BoardTask moved = lead.move(task, TaskStatus.IN_ARBEIT, 0);
        lead.edit(moved, TaskInput.simple("Beleuchtung Hbf", TaskPriority.HOCH, TODAY.plusDays(3)));
        lead.comment(moved, "Angebot liegt vor");

        List<AuditEntry> entries = AuditLog.entriesFor(db.dsl(), "task", task.id());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREATED", "MOVED", "UPDATED", "COMMENTED");
        assertThat(entries).extracting(AuditEntry::actor).containsOnly("Peter Schulte");
        assertThat(AuditLog.firstBrokenEntry(db.dsl())).isEmpty();

        List<TaskHistoryEntry> history = lead.history(task.id());
        assertThat(history.get(0).action()).isEqualTo("Kommentiert");
        assertThat(history.get(1).changes()).contains("Titel: „Beleuchtung“ → „Beleuchtung Hbf“", "Priorität: Mittel → Hoch",
                "Fällig: – → 29.11.2026");
        assertThat(history.get(2).changes()).containsExactly("Spalte: Offen → In Arbeit");
        assertThat(history.get(3).changes()).containsExactly("in der Spalte „Offen“");
        assertThat(lead.comments(task.id())).extracting(TaskComment::author, TaskComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Peter Schulte", "Angebot liegt vor"));
    }

    @Test
    void archivedTasksLeaveTheBoardAndDeletedTasksTakeTheirCommentsAlong() {
        TaskService chair = chair();
        BoardTask a = chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("A", TaskPriority.HOCH, null));
        BoardTask b = chair.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("B", TaskPriority.HOCH, null));
        chair.comment(b, "Kommentar");
        chair.archive(a);
        assertThat(column(sv, TaskStatus.OFFEN)).extracting(BoardTask::title, BoardTask::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 0));
        chair.delete(column(sv, TaskStatus.OFFEN).get(0));
        assertThat(column(sv, TaskStatus.OFFEN)).isEmpty();
        assertThat(chair.comments(b.id())).isEmpty();
        assertThat(chair.history(b.id()).get(0).action()).isEqualTo("Gelöscht");
    }

    @Test
    void columnLimitsAreOffByDefaultAndCanBeSetPerBoard() {
        SubgroupRepository subgroups = new SubgroupRepository(db.dsl());
        assertThat(subgroups.wipLimits().get(sv.id()).limits()).isEmpty();
        as("Peter Schulte", Role.UNTERGRUPPENLEITUNG, sv).setWipLimit(sv.id(), TaskStatus.IN_ARBEIT, 2);
        WipLimits limits = subgroups.wipLimits().get(sv.id());
        assertThat(limits.limit(TaskStatus.IN_ARBEIT)).isEqualTo(2);
        assertThat(limits.exceeded(TaskStatus.IN_ARBEIT, 3)).isTrue();
        assertThat(limits.exceeded(TaskStatus.IN_ARBEIT, 2)).isFalse();
        assertThat(subgroups.wipLimits().get(cr.id()).limits()).isEmpty();
        assertThatThrownBy(() -> chair().setWipLimit(sv.id(), TaskStatus.OFFEN, 0)).isInstanceOf(UserMessage.class);
        chair().setWipLimit(sv.id(), TaskStatus.IN_ARBEIT, null);
        assertThat(subgroups.wipLimits().get(sv.id()).limits()).isEmpty();
    }

    @Test
    void anotherUsersWriteChangesTheSignatureAnOpenBoardPolls() {
        TaskRepository tasks = new TaskRepository(db.dsl());
        String before = tasks.changeSignature();
        assertThat(tasks.changeSignature()).isEqualTo(before);
        try (Database other = Database.open(TempDatabase.location(folder))) {
            new TaskService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null), CLOCK)
                    .create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Neu", TaskPriority.HOCH, null));
        }
        String afterCreate = tasks.changeSignature();
        assertThat(afterCreate).isNotEqualTo(before);
        chair().setWipLimit(sv.id(), TaskStatus.OFFEN, 4);
        assertThat(tasks.changeSignature()).isNotEqualTo(afterCreate);
    }

    @Test
    void movingIntoBlockiertCanRecordWhyInTheSameChange() {
        BoardTask task = chair().create(sv.id(), TaskStatus.IN_ARBEIT, TaskInput.simple("Bänke", TaskPriority.MITTEL, null));
        BoardTask blocked = chair().move(task, TaskStatus.BLOCKIERT, 0, " Lieferung verzögert ");
        assertThat(blocked.blockedReason()).isEqualTo("Lieferung verzögert");
        assertThat(blocked.version()).isEqualTo(1);
        assertThat(chair().history(task.id()).get(0).changes())
                .containsExactly("Spalte: In Arbeit → Blockiert", "Blockiert, weil: Lieferung verzögert");
    }
}
