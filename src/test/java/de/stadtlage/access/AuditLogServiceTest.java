package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogServiceTest {

    private static final Clock BERLIN = Clock.fixed(Instant.parse("2023-09-10T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final CurrentUser ADMIN = new CurrentUser("Petra Admin", Role.ADMIN, null);

    @TempDir
    Path folder;

    /** Appends like a service does, then moves the entry to {@code at} (the log stamps "now"; tests need days). */
    private static long entry(Database db, String actor, String entity, Object id, String action, Object after,
                              String at) {
        db.transaction(cfg -> AuditLog.append(cfg.dsl(), actor, entity, id, action, null, after));
        long last = db.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
        db.dsl().update(AUDIT_LOG).set(AUDIT_LOG.OCCURRED_AT, Instant.parse(at)).where(AUDIT_LOG.ID.eq(last)).execute();
        return last;
    }

    private static List<Long> ids(AuditLogPage page) {
        return page.entries().stream().map(AuditEntry::id).toList();
    }

    @Test
    void theAdminFiltersByPersonKindLocalDaysAndTextNewestFirst() {
        try (Database db = TempDatabase.open(folder)) {
            long task = entry(db, "Anna Becker", "task", 7, "CREATE", Map.of("title", "Zelt am Keuningpark"),
                    "2023-09-01T08:00:00Z");
            long incident = entry(db, "Ben Yilmaz", "incident", 3, "UPDATE", Map.of("place", "Münsterstraße"),
                    "2023-09-04T12:00:00Z");
            long lateTask = entry(db, "Anna Becker", "task", 8, "MOVE", Map.of("status", "DONE"),
                    "2023-09-04T22:30:00Z"); // 5 September, 00:30 in Dortmund
            long person = entry(db, "Petra Admin", "person", 2, "PASSWORD_RESET", null, "2023-09-06T09:00:00Z");
            AuditLogService service = new AuditLogService(db, BERLIN);

            assertThat(ids(service.search(ADMIN, AuditLogFilter.none()))).containsExactly(person, lateTask, incident, task);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(null, null, "Anna Becker", Set.of(), null))))
                    .containsExactly(lateTask, task);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(null, null, null, Set.of("task", "person"), ""))))
                    .containsExactly(person, lateTask, task);
            LocalDate fourth = LocalDate.of(2023, 9, 4);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(fourth, fourth, null, Set.of(), null))))
                    .containsExactly(incident);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(fourth.plusDays(1), null, null, Set.of(), null))))
                    .containsExactly(person, lateTask);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(null, null, null, Set.of(), "keuningPARK"))))
                    .containsExactly(task);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(null, null, null, Set.of(), "password_reset"))))
                    .containsExactly(person);
            assertThat(ids(service.search(ADMIN, new AuditLogFilter(null, null, null, Set.of(), " 8 "))))
                    .containsExactly(lateTask);
            assertThat(service.search(ADMIN, new AuditLogFilter(null, null, "Anna Becker", Set.of("incident"), null))
                    .entries()).isEmpty();
        }
    }

    @Test
    void theChoicesAreThePeopleAndKindsInTheLogAndAPageStopsAtTheCapSayingThereIsMore() {
        try (Database db = TempDatabase.open(folder)) {
            for (int i = 1; i <= 4; i++) {
                entry(db, i % 2 == 0 ? "Ben Yilmaz" : "Anna Becker", i < 4 ? "task" : "meeting", i, "CREATE", null,
                        "2023-09-0" + i + "T08:00:00Z");
            }
            AuditLogService service = new AuditLogService(db, BERLIN, 3);
            AuditLogChoices choices = service.choices(ADMIN);
            assertThat(choices.actors()).containsExactly("Anna Becker", "Ben Yilmaz");
            assertThat(choices.entities()).containsExactly("meeting", "task");

            AuditLogPage capped = service.search(ADMIN, AuditLogFilter.none());
            assertThat(capped.entries()).extracting(AuditEntry::entityId).containsExactly("4", "3", "2");
            assertThat(capped.more()).isTrue();
            AuditLogPage narrower = service.search(ADMIN, new AuditLogFilter(null, null, null, Set.of("task"), null));
            assertThat(narrower.entries()).hasSize(3);
            assertThat(narrower.more()).isFalse();
            assertThat(new AuditLogService(db, BERLIN).maxRows()).isEqualTo(1000);
        }
    }

    @Test
    void onlyTheAdminReadsTheLogNotEvenTheVorsitz() {
        try (Database db = TempDatabase.open(folder)) {
            AuditLogService service = new AuditLogService(db, BERLIN);
            for (Role role : List.of(Role.VORSITZ, Role.PROTOKOLL, Role.UNTERGRUPPENLEITUNG, Role.LESEND)) {
                CurrentUser user = new CurrentUser("Jens Hoffmann", role, role == Role.UNTERGRUPPENLEITUNG ? 2 : null);
                assertThatThrownBy(() -> service.search(user, AuditLogFilter.none()))
                        .isInstanceOf(PermissionDeniedException.class)
                        .hasMessageContaining("darf das Änderungsprotokoll nicht einsehen");
                assertThatThrownBy(() -> service.choices(user)).isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> service.verify(user)).isInstanceOf(PermissionDeniedException.class);
            }
            assertThat(service.search(ADMIN, AuditLogFilter.none()).entries()).isEmpty();
        }
    }

    @Test
    void theChainCheckFindsAnEntryChangedBehindTheAppsBack() {
        try (Database db = TempDatabase.open(folder)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna Becker", "task", 7, "CREATE", null, Map.of("a", 1)));
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Ben Yilmaz", "task", 7, "UPDATE", null, Map.of("a", 2)));
            AuditLogService service = new AuditLogService(db, BERLIN);
            AuditReport intact = service.verify(ADMIN);
            assertThat(intact.intact()).isTrue();
            assertThat(intact.entries()).isEqualTo(2);

            long second = service.search(ADMIN, AuditLogFilter.none()).entries().get(0).id();
            db.dsl().execute("update audit_log set actor = 'X' where id = " + second);
            assertThat(service.verify(ADMIN).chain().brokenId()).isEqualTo(second);
        }
    }
}
