package de.stadtlage.cli;

import static de.stadtlage.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.meeting.IsoWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotspotsCommandTest {

    @TempDir
    static Path folder;
    static String db;

    @BeforeAll
    static void loadSampleData() {
        db = folder.resolve("lage").toString();
        assertThat(run("--db", db, "demo").exitCode()).isZero();
    }

    @Test
    void csvListsTheStrongestHotspotsOfTheLatestWeekWithStreetAndDistrict() {
        CliTest.Run r = run("--db", db, "hotspots", "--format", "csv", "--top", "5");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank;lat;lon;score;incidents;street;district");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).matches("1;51\\.\\d{5};7\\.\\d{5};\\d+\\.\\d{2};\\d+;[^;]+;[^;]+");
        double first = Double.parseDouble(lines.get(1).split(";")[3]);
        double second = Double.parseDouble(lines.get(2).split(";")[3]);
        assertThat(first).isGreaterThanOrEqualTo(second);
    }

    @Test
    void categoriesAndSourcesAreMatchedByGermanNameIgnoringCase() {
        CliTest.Run r = run("--db", db, "hotspots", "--format", "csv", "--category", "drogenkonsum",
                "--category", "DROGENHANDEL", "--source", "polizei", "--method", "gistar");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(1)).allSatisfy(l -> assertThat(Double.parseDouble(l.split(";")[3]))
                .isGreaterThanOrEqualTo(1.645));
    }

    @Test
    void textOutputNamesTheWeekInGerman() {
        // the sample data end yesterday: the week before last is complete
        IsoWeek week = IsoWeek.of(LocalDate.now().minusWeeks(2));
        LocalDate sunday = week.endExclusive().minusDays(1);
        CliTest.Run r = run("--db", db, "hotspots", "--from", week.firstDay().toString(), "--to", sunday.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertThat(r.out()).contains(german.format(week.firstDay()) + " – " + german.format(sunday), week.label(),
                "Kerndichte", "Rang");
    }

    @Test
    void badInputExitsWith2AndSaysWhatIsWrongInGerman() {
        CliTest.Run category = run("--db", db, "hotspots", "--category", "Falschparken");
        assertThat(category.exitCode()).isEqualTo(2);
        assertThat(category.err()).contains("Unbekannte Kategorie \"Falschparken\"").contains("Drogenkonsum");

        CliTest.Run method = run("--db", db, "hotspots", "--method", "dbscan");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("Unbekannte Methode");

        CliTest.Run dates = run("--db", db, "hotspots", "--from", "2023-08-10", "--to", "2023-08-01");
        assertThat(dates.exitCode()).isEqualTo(2);
        assertThat(dates.err()).contains("liegt nach");

        CliTest.Run date = run("--db", db, "hotspots", "--from", "10.08.2023");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).startsWith("Ungültiger Aufruf");
    }

    @Test
    void aWindowWithoutIncidentsPrintsOnlyTheHeader() {
        CliTest.Run r = run("--db", db, "hotspots", "--format", "csv", "--from", "2020-01-01", "--to", "2020-01-07");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).containsExactly("rank;lat;lon;score;incidents;street;district");
    }
}
