package de.stadtlage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.meeting.Meeting;
import de.stadtlage.meeting.MeetingService;
import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.meeting.minutes.MinutesAssembler;
import de.stadtlage.meeting.minutes.MinutesRepository;
import de.stadtlage.meeting.minutes.StatusQueries;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionItemServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final CurrentUser CHAIR = new CurrentUser("Vorsitz", Role.VORSITZ, null);
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 5);

    @TempDir
    Path folder;
    private Database database;
    private MeetingService meetings;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        meetings = new MeetingService(database, CHAIR, clockAt(FIRST));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(18, 0).atZone(BERLIN).toInstant(), BERLIN);
    }

    private ActionItemService actionsAt(LocalDate day) {
        return new ActionItemService(database, CHAIR, clockAt(day));
    }

    private List<ActionLine> carriedOverAt(LocalDate date) {
        MinutesRepository repository = new MinutesRepository(database.dsl());
        MinutesAssembler assembler = new MinutesAssembler(repository, new StatusQueries(database.dsl()),
                MapImageSource.NONE, () -> null);
        return assembler.liveSnapshot(repository.meetingOn(date).orElseThrow()).actions().carriedOver();
    }

    @Test
    void minutesOfAClosedMeetingKeepTheStateAtClosing() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem item = actionsAt(FIRST).create(first.id(), null, null, "Beleuchtung Burgtor prüfen",
                "Tiefbauamt", null);
        Meeting second = meetings.plan(FIRST.plusWeeks(1), null, null, null, null);
        meetings.start(second.id());
        meetings.close(second.id());
        actionsAt(FIRST.plusWeeks(1)).changeStatus(item.id(), item.version(), ActionStatus.ERLEDIGT, null, null);

        MinutesRepository repository = new MinutesRepository(database.dsl());
        MinutesAssembler assembler = new MinutesAssembler(repository, new StatusQueries(database.dsl()),
                MapImageSource.NONE, () -> null);
        var minutes = assembler.assemble(repository.meetingOn(FIRST.plusWeeks(1)).orElseThrow());
        assertThat(minutes.header().closed()).isTrue();
        assertThat(minutes.actions().carriedOver()).extracting(ActionLine::title)
                .containsExactly("Beleuchtung Burgtor prüfen");
        assertThat(minutes.actions().closed()).isEmpty();
    }

    @Test
    void aTitleOverOneHundredTwentyCharactersIsRefusedInGerman() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        assertThatThrownBy(() -> actionsAt(FIRST).create(first.id(), null, null, "Maßnahme ".repeat(14), "KOD", null))
                .isInstanceOf(UserMessage.class)
                .hasMessage("Der Titel ist zu lang. Bitte kürzen Sie ihn auf höchstens 120 Zeichen.");
        assertThat(actionsAt(FIRST).create(first.id(), null, null, "m".repeat(120), "KOD", null).title()).hasSize(120);
    }

    @Test
    void dueDateDefaultsToTheNextMeeting() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        assertThat(actionsAt(FIRST).create(first.id(), null, null, "Plan vorlegen", "Polizei", null).dueDate())
                .isEqualTo(FIRST.plusWeeks(1));
        meetings.plan(FIRST.plusDays(10), null, null, null, null);
        assertThat(actionsAt(FIRST).create(first.id(), null, null, "Noch ein Plan", "KOD", null).dueDate())
                .isEqualTo(FIRST.plusDays(10));
    }

    @Test
    void openItemCarriesOverThreeMeetingsAndEscalatesAfterTwoOverdue() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem item = actionsAt(FIRST).create(first.id(), null, null, "Beleuchtung Burgtor prüfen",
                "Tiefbauamt", null);
        ActionItem done = actionsAt(FIRST).create(first.id(), null, null, "Erledigt bald", "KOD", null);
        meetings.start(first.id());
        meetings.close(first.id());
        for (int week = 1; week <= 3; week++) {
            meetings.plan(FIRST.plusWeeks(week), null, null, null, null);
        }
        actionsAt(FIRST.plusWeeks(1)).changeStatus(done.id(), done.version(), ActionStatus.ERLEDIGT, null, null);

        ActionLine second = carriedOverAt(FIRST.plusWeeks(1)).get(0);
        assertThat(second.title()).isEqualTo("Beleuchtung Burgtor prüfen");
        assertThat(second.originMeeting()).isEqualTo(FIRST);
        assertThat(second.meetingsOpen()).isEqualTo(1);
        assertThat(second.escalated()).isFalse();
        assertThat(carriedOverAt(FIRST.plusWeeks(2))).singleElement()
                .satisfies(line -> assertThat(line.meetingsOpen()).isEqualTo(2))
                .satisfies(line -> assertThat(line.escalated()).isFalse());
        assertThat(carriedOverAt(FIRST.plusWeeks(3))).singleElement()
                .satisfies(line -> assertThat(line.meetingsOpen()).isEqualTo(3))
                .satisfies(line -> assertThat(line.escalated()).isTrue());
        assertThat(item.id()).isNotNull();
    }

    @Test
    void escalatedItemsAreListedFirstOnTheMaßnahmenPage() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem done = actionsAt(FIRST).create(first.id(), null, null, "Erledigt, früher fällig", "KOD",
                FIRST.plusDays(1));
        actionsAt(FIRST).create(first.id(), null, null, "Später fällig", "KOD", FIRST.plusWeeks(5));
        actionsAt(FIRST).create(first.id(), null, null, "Eskaliert", "Ordnungsamt", FIRST.plusWeeks(1));
        actionsAt(FIRST).changeStatus(done.id(), done.version(), ActionStatus.ERLEDIGT, null, null);
        for (int week = 1; week <= 3; week++) {
            meetings.plan(FIRST.plusWeeks(week), null, null, null, null);
        }

        List<ActionItemRow> rows = actionsAt(FIRST.plusWeeks(3)).list(ActionItemFilter.ALL);
        assertThat(rows).extracting(r -> r.item().title())
                .containsExactly("Eskaliert", "Erledigt, früher fällig", "Später fällig");
        assertThat(rows.get(0).isEscalated()).isTrue();
    }

    @Test
    void postponingOrDroppingNeedsAReason() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem item = actionsAt(FIRST).create(first.id(), null, null, "Plan", "KOD", null);
        assertThatThrownBy(() -> actionsAt(FIRST).changeStatus(item.id(), 0, ActionStatus.ENTFALLEN, " ", null))
                .isInstanceOf(UserMessage.class).hasMessageContaining("Begründung");
        ActionItem postponed = actionsAt(FIRST).changeStatus(item.id(), 0, ActionStatus.VERSCHOBEN,
                "Träger meldet sich später", FIRST.plusWeeks(4));
        assertThat(postponed.dueDate()).isEqualTo(FIRST.plusWeeks(4));
        assertThat(postponed.statusReason()).isEqualTo("Träger meldet sich später");
        assertThat(AuditLog.entriesFor(database.dsl(), ActionItemService.ENTITY, item.id())).hasSize(2);
    }

    @Test
    void staleEditIsRefused() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem item = actionsAt(FIRST).create(first.id(), null, null, "Plan", "KOD", null);
        actionsAt(FIRST).changeStatus(item.id(), 0, ActionStatus.ERLEDIGT, null, null);
        assertThatThrownBy(() -> actionsAt(FIRST).changeStatus(item.id(), 0, ActionStatus.ENTFALLEN, "x", null))
                .isInstanceOf(UserMessage.class).hasMessageContaining("inzwischen");
    }

    @Test
    void noNewItemsInAClosedMeetingAndNoneByReaders() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItemService reader = new ActionItemService(database, new CurrentUser("Lesend", Role.LESEND, null),
                clockAt(FIRST));
        assertThatThrownBy(() -> reader.create(first.id(), null, null, "x", "y", null))
                .isInstanceOf(PermissionDeniedException.class);
        meetings.start(first.id());
        meetings.close(first.id());
        assertThatThrownBy(() -> actionsAt(FIRST).create(first.id(), null, null, "x", "y", null))
                .isInstanceOf(UserMessage.class).hasMessageContaining("abgeschlossen");
    }

    @Test
    void filtersByStatusOwnerAndOverdue() {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        ActionItem a = actionsAt(FIRST).create(first.id(), null, null, "A", "Ordnungsamt", FIRST.plusDays(2));
        actionsAt(FIRST).create(first.id(), null, null, "B", "Polizei", FIRST.plusWeeks(3));
        actionsAt(FIRST).changeStatus(a.id(), 0, ActionStatus.VERSCHOBEN, "später", null);
        ActionItemService later = actionsAt(FIRST.plusWeeks(1));
        assertThat(later.list(new ActionItemFilter(Set.of(), "ordnungs", null, false))).hasSize(1);
        assertThat(later.list(new ActionItemFilter(Set.of(), null, null, true)))
                .extracting(r -> r.item().title()).containsExactly("A");
        assertThat(later.list(new ActionItemFilter(Set.of(ActionStatus.OFFEN), null, null, false)))
                .extracting(r -> r.item().title()).containsExactly("B");
    }

    @Test
    void csvOpensInExcelWithUmlautsAndWithoutFormulas() throws Exception {
        Meeting first = meetings.plan(FIRST, null, null, null, null);
        actionsAt(FIRST).create(first.id(), null, null, "=HYPERLINK(\"http://x\")", "Straßenbauamt", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actionsAt(FIRST).exportCsv(ActionItemFilter.ALL, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNr.;Maßnahme;Verantwortlich;");
        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\")\";Straßenbauamt;;12.11.2026;offen;;05.11.2026;");
    }
}
