package de.stadtlage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.AreaRepository;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentRepository;
import de.stadtlage.situation.IncidentSource;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the boards show: columns per scope and filter, overview counts, focus-area trends. */
class BoardContentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26); // a Thursday
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Subgroup SV = new Subgroup(1, "SV", "Stadtraum verschönern", null, "#2E7D32", 1);
    static final Subgroup CR = new Subgroup(2, "CR", "Campieren reduzieren", null, "#EF6C00", 2);

    @TempDir
    Path folder;

    static BoardTask task(int id, Subgroup board, TaskStatus status, Integer ownerId, String ownerText, LocalDate due) {
        return new BoardTask(id, board.id(), "Aufgabe " + id, null, status, TaskPriority.MITTEL, ownerId, ownerText, due,
                null, null, id, false, null, null, null, 0);
    }

    static BoardData data(List<BoardTask> tasks) {
        return new BoardData(List.of(SV, CR), tasks, new TaskNames(Map.of(7, "Kai Brandt"), Map.of()), Map.of(),
                Map.of(), Map.of(), List.of(), List.of(), 7, "");
    }

    @Test
    void meineAufgabenCollectsTheCurrentPersonsTasksFromAllBoards() {
        BoardData data = data(List.of(
                task(1, SV, TaskStatus.OFFEN, 7, null, null),
                task(2, CR, TaskStatus.IN_ARBEIT, null, "kai brandt", null),
                task(3, CR, TaskStatus.OFFEN, null, "Leonie Wagner", null),
                task(4, SV, TaskStatus.OFFEN, 9, null, null)));
        CurrentUser kai = new CurrentUser("Kai Brandt", Role.UNTERGRUPPENLEITUNG, CR.id());
        var columns = BoardColumns.of(data, new BoardScope.MyTasks(), TaskFilter.none(), kai, TODAY);
        assertThat(columns.get(TaskStatus.OFFEN)).extracting(CardItem::id).containsExactly(1);
        assertThat(columns.get(TaskStatus.IN_ARBEIT)).extracting(CardItem::id).containsExactly(2);
        assertThat(columns.get(TaskStatus.OFFEN).get(0).writable()).as("Kai leads CR, task 1 is on SV").isFalse();
        assertThat(columns.get(TaskStatus.IN_ARBEIT).get(0).writable()).isTrue();
    }

    @Test
    void filtersNarrowByTextOwnerAndOverdue() {
        BoardData data = data(List.of(
                task(1, SV, TaskStatus.OFFEN, 7, null, TODAY.minusDays(1)),
                task(2, SV, TaskStatus.OFFEN, null, "Ordnungsamt", TODAY.plusDays(2)),
                task(3, SV, TaskStatus.ERLEDIGT, 7, null, TODAY.minusDays(9))));
        CurrentUser chair = new CurrentUser("Martina Krüger", Role.VORSITZ, null);
        BoardScope sv = new BoardScope.Board(SV.id());
        assertThat(BoardColumns.of(data, sv, new TaskFilter("", null, true), chair, TODAY).get(TaskStatus.OFFEN))
                .extracting(CardItem::id).containsExactly(1);
        assertThat(BoardColumns.of(data, sv, new TaskFilter("", "Kai Brandt", false), chair, TODAY).values().stream()
                .flatMap(List::stream).map(CardItem::id)).containsExactlyInAnyOrder(1, 3);
        assertThat(BoardColumns.of(data, sv, new TaskFilter("ordnungs", null, false), chair, TODAY).get(TaskStatus.OFFEN))
                .extracting(CardItem::id).containsExactly(2);
        CardItem dueSoon = BoardColumns.of(data, sv, TaskFilter.none(), chair, TODAY).get(TaskStatus.OFFEN).get(1);
        assertThat(dueSoon.dueThisWeek()).isTrue();
        assertThat(dueSoon.overdue()).isFalse();
    }

    @Test
    void overviewCountsOpenOverdueAndDoneSinceMonday() {
        Instant wednesday = TODAY.minusDays(1).atTime(9, 0).atZone(BERLIN).toInstant();
        Instant lastFriday = TODAY.minusDays(6).atTime(9, 0).atZone(BERLIN).toInstant();
        BoardTask doneThisWeek = task(3, SV, TaskStatus.ERLEDIGT, null, null, null).withPlacement(TaskStatus.ERLEDIGT, 0, wednesday);
        BoardTask doneLastWeek = task(4, SV, TaskStatus.ERLEDIGT, null, null, null).withPlacement(TaskStatus.ERLEDIGT, 1, lastFriday);
        List<BoardTask> tasks = List.of(task(1, SV, TaskStatus.OFFEN, null, null, TODAY.minusDays(3)),
                task(2, SV, TaskStatus.BLOCKIERT, null, null, null), doneThisWeek, doneLastWeek,
                task(5, CR, TaskStatus.OFFEN, null, null, null));
        BoardSummary summary = BoardSummary.of(SV, tasks, TODAY, BERLIN);
        assertThat(summary.open()).isEqualTo(2);
        assertThat(summary.overdue()).isEqualTo(1);
        assertThat(summary.doneThisWeek()).isEqualTo(1);
        assertThat(summary.columns()).containsEntry(TaskStatus.ERLEDIGT, 2).containsEntry(TaskStatus.IN_ARBEIT, 0);
        assertThat(summary.overdueTitles()).containsExactly("Aufgabe 1");
        assertThat(summary.blockedTitles()).containsExactly("Aufgabe 2");
    }

    @Test
    void focusAreaTrendCountsIncidentsInsideTheAreaInTheLastFourWeeksAgainstTheFourBefore() {
        try (Database db = TempDatabase.open(folder)) {
            int keuningpark = new AreaRepository(db.dsl()).list().stream().filter(a -> a.code().equals("KEUNINGPARK"))
                    .findFirst().orElseThrow().id();
            LocalDateTime newest = LocalDateTime.of(2023, 8, 31, 22, 0);
            db.transaction(cfg -> IncidentRepository.insertAll(cfg.dsl(), List.of(
                    inPark(newest), inPark(newest.minusDays(3)), inPark(newest.minusWeeks(3)),
                    inPark(newest.minusWeeks(5)),
                    inPark(newest.minusWeeks(9)), // older than eight weeks: not counted
                    Incident.of(newest.minusDays(1), IncidentCategory.DROGENHANDEL, IncidentSource.POLIZEI,
                            51.5140, 7.4650, "Wallring, nicht im Park")), null));
            AreaTrend trend = new FocusAreaTrends(new IncidentRepository(db.dsl()), new AreaRepository(db.dsl()))
                    .compute().get(keuningpark);
            assertThat(trend.recent()).isEqualTo(3);
            assertThat(trend.previous()).isEqualTo(1);
            assertThat(trend.direction()).isPositive();
        }
    }

    private static Incident inPark(LocalDateTime at) {
        return Incident.of(at, IncidentCategory.DROGENKONSUM, IncidentSource.KOD, 51.5216, 7.4603, "Keuningpark");
    }
}
