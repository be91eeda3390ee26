package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subgroup lead who hands the service a task object claiming their own subgroup is judged by the stored task. */
class TaskStoredRowPermissionTest {

    @TempDir
    Path folder;
    Database db;
    Subgroup sv;
    Subgroup cr;
    TaskService lead;
    BoardTask foreign;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        SubgroupRepository subgroups = new SubgroupRepository(db.dsl());
        sv = subgroups.findByCode("SV").orElseThrow();
        cr = subgroups.findByCode("CR").orElseThrow();
        TaskService chair = new TaskService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null),
                TaskServiceTest.CLOCK);
        foreign = chair.create(cr.id(), TaskStatus.OFFEN, TaskInput.simple("Winterplätze", TaskPriority.HOCH, null));
        lead = new TaskService(db, new CurrentUser("Peter Schulte", Role.UNTERGRUPPENLEITUNG, sv.id()),
                TaskServiceTest.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The other subgroup's task with the lead's own subgroup written into it: id and version are right. */
    private BoardTask forged() {
        BoardTask t = foreign;
        return new BoardTask(t.id(), sv.id(), t.title(), t.description(), t.status(), t.priority(), t.ownerPersonId(),
                t.ownerText(), t.dueDate(), t.focusAreaId(), t.blockedReason(), t.position(), t.archived(),
                t.doneAt(), t.createdAt(), t.updatedAt(), t.version());
    }

    @Test
    void aForgedTaskOfTheLeadsOwnSubgroupDoesNotOpenAnotherSubgroupsTask() {
        assertThatThrownBy(() -> lead.edit(forged(), TaskInput.simple("Gekapert", TaskPriority.NIEDRIG, null)))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Campieren reduzieren");
        assertThatThrownBy(() -> lead.move(forged(), TaskStatus.ERLEDIGT, 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.archive(forged())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lead.delete(forged())).isInstanceOf(PermissionDeniedException.class);

        assertThat(new TaskRepository(db.dsl()).findById(foreign.id())).contains(foreign);
        assertThat(AuditLog.entriesFor(db.dsl(), "task", foreign.id())).extracting(AuditEntry::action)
                .containsExactly("CREATED");
    }

    @Test
    void aLeadCannotCommentOnAnotherSubgroupsTaskEvenWithAForgedTask() {
        assertThatThrownBy(() -> lead.comment(forged(), "Erledigen wir"))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Campieren reduzieren");
        assertThat(lead.comments(foreign.id())).isEmpty();
        assertThat(AuditLog.entriesFor(db.dsl(), "task", foreign.id())).extracting(AuditEntry::action)
                .containsExactly("CREATED");
    }

    @Test
    void aCommentOnADeletedTaskSaysSo() {
        BoardTask own = lead.create(sv.id(), TaskStatus.OFFEN, TaskInput.simple("Bänke", TaskPriority.MITTEL, null));
        lead.delete(own);
        assertThatThrownBy(() -> lead.comment(own, "Noch da?")).isInstanceOf(TaskConflictException.class)
                .hasMessageContaining("gelöscht").hasMessageContaining("Peter Schulte");
        List<TaskComment> none = lead.comments(own.id());
        assertThat(none).isEmpty();
    }
}
