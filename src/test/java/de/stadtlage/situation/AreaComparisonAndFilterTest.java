package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaComparisonAndFilterTest {

    private static final Area KEUNINGPARK = new Area(1, "KEUNINGPARK", "Keuningpark", AreaKind.FOCUS,
            "{\"type\": \"Polygon\", \"coordinates\": [[[7.4585, 51.5206], [7.4622, 51.5206], [7.4622, 51.5226],"
                    + " [7.4585, 51.5226], [7.4585, 51.5206]]]}", 3);
    private static final Area TWO_SQUARES = new Area(2, "TWO", "Zwei Plätze", AreaKind.FOCUS,
            "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[7.0, 51.0], [7.1, 51.0], [7.1, 51.1], [7.0, 51.1]]],"
                    + " [[[8.0, 51.0], [8.1, 51.0], [8.1, 51.1], [8.0, 51.1]]]]}", 4);

    private static Incident at(double lat, double lon, String day) {
        return Incident.of(LocalDate.parse(day).atTime(20, 0), IncidentCategory.DROGENKONSUM,
                IncidentSource.KOD, lat, lon, null);
    }

    @Test
    void countsIncidentsInsideEachAreaAndFormatsTheChangeGerman() {
        List<Incident> now = List.of(at(51.5216, 7.4602, "2023-08-21"), at(51.5210, 7.4600, "2023-08-22"),
                at(51.5300, 7.4700, "2023-08-22"));
        List<Incident> before = List.of(at(51.5216, 7.4602, "2023-08-14"));

        AreaComparison.Row row = AreaComparison.compute(List.of(KEUNINGPARK), now, before).get(0);

        assertThat(row.current()).isEqualTo(2);
        assertThat(row.previous()).isEqualTo(1);
        assertThat(row.difference()).isEqualTo(1);
        assertThat(row.change()).isEqualTo("+100,0 %");
    }

    @Test
    void multiPolygonsCountEveryPartAndNoPreviousCountShowsADash() {
        List<Incident> now = List.of(at(51.05, 7.05, "2023-08-21"), at(51.05, 8.05, "2023-08-21"));

        AreaComparison.Row row = AreaComparison.compute(List.of(TWO_SQUARES), now, List.of()).get(0);

        assertThat(row.current()).isEqualTo(2);
        assertThat(row.change()).isEqualTo("–");
    }

    @Test
    void weeksRunMondayToSundayAndThePreviousPeriodHasTheSameLength() {
        IncidentFilter week = IncidentFilter.weekOf(LocalDate.of(2023, 8, 24));
        assertThat(week.from()).isEqualTo(LocalDate.of(2023, 8, 21));
        assertThat(week.to()).isEqualTo(LocalDate.of(2023, 8, 27));
        assertThat(week.previousPeriod().from()).isEqualTo(LocalDate.of(2023, 8, 14));

        IncidentFilter fourWeeks = TimeWindow.LAST_4_WEEKS.apply(week, LocalDate.of(2023, 8, 24));
        assertThat(fourWeeks.from()).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(fourWeeks.previousPeriod().to()).isEqualTo(LocalDate.of(2023, 7, 30));
        assertThat(TimeWindow.LAST_WEEK.apply(week, LocalDate.of(2023, 8, 24)).to())
                .isEqualTo(LocalDate.of(2023, 8, 20));
    }

    @Test
    void filterKeepsTheLastDayAndSelectedCategoriesAndSourcesOnly() {
        IncidentFilter f = new IncidentFilter(LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 27),
                Set.of(IncidentCategory.DROGENKONSUM), Set.of(IncidentSource.KOD));
        Incident sundayNight = at(51.52, 7.46, "2023-08-27");
        Incident nextMonday = at(51.52, 7.46, "2023-08-28");
        Incident police = new Incident(null, LocalDateTime.of(2023, 8, 22, 9, 0), IncidentCategory.DROGENKONSUM,
                IncidentSource.POLIZEI, 51.52, 7.46, null, 1, null, false, null);

        assertThat(f.apply(List.of(sundayNight, nextMonday, police))).containsExactly(sundayNight);
        assertThatThrownBy(() -> f.withDates(LocalDate.of(2023, 8, 27), LocalDate.of(2023, 8, 21)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("liegt nach");
    }
}
