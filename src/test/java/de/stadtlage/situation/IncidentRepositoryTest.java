package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void incidentsAreInsertedInBatchesAndFoundByTimeWindow() {
        try (Database db = TempDatabase.open(folder)) {
            List<Incident> incidents = new ArrayList<>();
            LocalDateTime start = LocalDateTime.of(2023, 7, 3, 0, 0);
            for (int i = 0; i < 2500; i++) {
                incidents.add(Incident.of(start.plusHours(i), IncidentCategory.values()[i % 11],
                        IncidentSource.values()[i % 4], 51.52 + i * 1e-6, 7.46, "Nordmarkt"));
            }
            int batch = db.transactionResult(cfg -> {
                int id = IncidentRepository.insertBatch(cfg.dsl(), "polizei.csv", "Test", false);
                IncidentRepository.insertAll(cfg.dsl(), incidents, id);
                return id;
            });
            IncidentRepository repository = new IncidentRepository(db.dsl());
            assertThat(repository.count()).isEqualTo(2500);
            List<Incident> firstDay = repository.findBetween(start, start.plusDays(1));
            assertThat(firstDay).hasSize(24);
            assertThat(firstDay.get(0).category()).isEqualTo(IncidentCategory.DROGENKONSUM);
            assertThat(firstDay.get(0).importBatchId()).isEqualTo(batch);
            assertThat(repository.latestOccurrence()).contains(start.plusHours(2499));
            assertThat(db.dsl().resultQuery("select row_count from import_batch").fetchOne(0, Integer.class)).isEqualTo(2500);
        }
    }

    @Test
    void categoriesAndSourcesAreFoundByTheirGermanNamesIgnoringCase() {
        assertThat(IncidentCategory.fromGermanName("aggressives betteln")).contains(IncidentCategory.AGGRESSIVES_BETTELN);
        assertThat(IncidentCategory.fromGermanName("SACHBESCHÄDIGUNG")).contains(IncidentCategory.SACHBESCHAEDIGUNG);
        assertThat(IncidentCategory.fromGermanName("Raub")).isEmpty();
        assertThat(IncidentSource.fromGermanName("bürgerhinweis")).contains(IncidentSource.BUERGERHINWEIS);
    }

    @Test
    void keyFiguresAreStoredPerMetricSourceAndPeriod() {
        try (Database db = TempDatabase.open(folder)) {
            db.transaction(cfg -> KeyFigureRepository.insert(cfg.dsl(), new KeyFigure(null, "Platzverweise", "KOD",
                    LocalDate.of(2023, 8, 17), LocalDate.of(2023, 8, 30), new BigDecimal("782"), null), false));
            assertThat(new KeyFigureRepository(db.dsl()).list()).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("782"));
        }
    }
}
