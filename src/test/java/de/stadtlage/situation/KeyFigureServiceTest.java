package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFigureServiceTest {

    @TempDir
    Path folder;
    private Database db;
    private KeyFigureService admin;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        admin = new KeyFigureService(db, CurrentUser.system());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private KeyFigureTrend trend(String metric, String source) {
        return admin.trends().stream().filter(t -> t.metric().equals(metric) && t.source().equals(source))
                .findFirst().orElseThrow();
    }

    @Test
    void theSeedReproducesTheReportedChanges() {
        SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
        assertThat(trend("Rauschgiftdelikte", "Polizei").changeVsYearAgo()).isEqualTo("+17,0 %");
        assertThat(trend("Gewaltdelikte", "Polizei").changeVsYearAgo()).isEqualTo("+25,0 %");
        assertThat(trend("Messerangriffe", "Polizei").changeVsYearAgo()).isEqualTo("+94,1 %");
        assertThat(trend("Rauschgiftdelikte", "Polizei").current().value()).isEqualByComparingTo("2495");
        assertThat(KeyFigureTrend.periodLabel(trend("Rauschgiftdelikte", "Polizei").current()))
                .isEqualTo("01.01.–31.07.2023");
        assertThat(trend("Platzverweise", "KOD").changeVsYearAgo()).isEqualTo("–");
    }

    @Test
    void weeklyFiguresCompareWithThePreviousWeekAndTheSameWeekOfThePreviousYear() {
        LocalDate kw36 = LocalDate.of(2023, 9, 4);
        admin.saveAll(List.of(
                week("Platzverweise", kw36.minusWeeks(1), 100),
                week("Platzverweise", kw36, 120),
                week("Platzverweise", LocalDate.of(2022, 9, 5), 150)), "Test");
        KeyFigureTrend t = trend("Platzverweise", "KOD");
        assertThat(KeyFigureTrend.periodLabel(t.current())).isEqualTo("KW 36/2023");
        assertThat(KeyFigureTrend.periodLabel(t.yearAgo().orElseThrow())).isEqualTo("KW 36/2022");
        assertThat(t.changeVsPrevious()).isEqualTo("+20,0 %");
        assertThat(t.changeVsYearAgo()).isEqualTo("-20,0 %");
        assertThat(t.history()).hasSize(3);
    }

    @Test
    void savingTheSamePeriodAgainChangesTheValueAndIsAudited() {
        LocalDate kw = LocalDate.of(2023, 9, 4);
        admin.save(week("Straftaten", kw, 40));
        KeyFigure seen = admin.figures().get(0);
        admin.save(new KeyFigure(seen.id(), seen.metric(), seen.source(), seen.periodStart(), seen.periodEnd(),
                BigDecimal.valueOf(44), null, seen.version()));
        assertThat(admin.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("44"));
        int id = admin.figures().get(0).id();
        assertThat(AuditLog.entriesFor(db.dsl(), "key_figure", id)).extracting(e -> e.action())
                .containsExactly("CREATED", "UPDATED");
    }

    @Test
    void onlyChairAndAdminWriteFiguresAndOnlyAdminAddsMetrics() {
        var reader = new KeyFigureService(db, new CurrentUser("Lesend", Role.LESEND, null));
        var minutes = new KeyFigureService(db, new CurrentUser("Protokoll", Role.PROTOKOLL, null));
        var chair = new KeyFigureService(db, new CurrentUser("Vorsitz", Role.VORSITZ, null));
        KeyFigure figure = week("Straftaten", LocalDate.of(2023, 9, 4), 40);
        assertThatThrownBy(() -> reader.save(figure)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> minutes.save(figure)).isInstanceOf(PermissionDeniedException.class);
        chair.save(figure);
        assertThatThrownBy(() -> chair.addMetric("Spritzenfunde", null)).isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Neue Kennzahlen darf nur die Administration anlegen.");
        Metric added = admin.addMetric("Spritzenfunde", "Stück");
        assertThat(admin.metrics()).extracting(Metric::name).endsWith("Spritzenfunde");
        assertThat(added.builtin()).isFalse();
        assertThatThrownBy(() -> admin.addMetric("spritzenfunde", null)).hasMessageContaining("gibt es schon");
    }

    @Test
    void theMetricsOfTheIssueArePresent() {
        assertThat(admin.metrics()).extracting(Metric::name).contains("Platzverweise", "Ordnungswidrigkeiten-Anzeigen",
                "Ordnungswidrigkeiten-Anzeigen: Drogenkonsum", "Ordnungswidrigkeiten-Anzeigen: aggressives Betteln",
                "Ordnungswidrigkeiten-Anzeigen: sonstige", "Straftaten", "Rauschgiftdelikte", "Gewaltdelikte",
                "Messerangriffe", "sichergestellte Waffen", "sichergestelltes Bargeld (EUR)", "Personalstunden",
                "Bürgergespräche", "Drogentote");
    }

    @Test
    void invalidFiguresAreRefusedWithGermanMessages() {
        LocalDate day = LocalDate.of(2023, 9, 4);
        assertThatThrownBy(() -> admin.save(week("Gibtsnicht", day, 1))).isInstanceOf(UserMessage.class)
                .hasMessageContaining("Die Kennzahl „Gibtsnicht“ ist unbekannt");
        assertThatThrownBy(() -> admin.save(new KeyFigure(null, "Straftaten", "KOD", day, day.minusDays(1),
                BigDecimal.ONE, null))).hasMessageContaining("„Bis“ darf nicht vor „Von“ liegen");
        assertThatThrownBy(() -> admin.save(week("Straftaten", day, -1))).hasMessageContaining("ab 0");
        assertThat(admin.figures()).isEmpty();
    }

    private static KeyFigure week(String metric, LocalDate monday, long value) {
        return new KeyFigure(null, metric, "KOD", monday, monday.plusDays(6), BigDecimal.valueOf(value), null);
    }
}
