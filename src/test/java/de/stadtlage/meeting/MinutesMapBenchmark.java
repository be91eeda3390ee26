package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.meeting.minutes.MinutesExporter;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not part of the normal run: {@code mvn -o test -Dtest=MinutesMapBenchmark}. Exports the minutes of the
 * sample meeting (31.08.2023) from a worker thread with the real map renderer (JavaFX toolkit running, headless),
 * as the Sitzung page does: once cold, then five times warm.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesMapBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesMapBenchmark.class);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void warmExportWithTheRealMap() throws Exception {
        Path folder = TempDatabase.newFolder();
        try (Database database = TempDatabase.open(folder)) {
            SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
            MinutesMap map = new MinutesMap(database.dsl(), MapPackageLoader.fromClasspath());
            MinutesExporter exporter = MinutesExporter.create(database, map);
            MeetingRow meeting = exporter.find("2023-08-31", LocalDate.of(2023, 9, 1)).orElseThrow();
            Path out = folder.resolve("protokoll.pdf");
            long cold = time(() -> exporter.export(meeting, out));
            long best = Long.MAX_VALUE;
            long total = 0;
            long worst = 0;
            for (int i = 0; i < 5; i++) {
                long ms = time(() -> exporter.export(meeting, out));
                best = Math.min(best, ms);
                worst = Math.max(worst, ms);
                total += ms;
            }
            long redrawBest = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                map.forget();
                redrawBest = Math.min(redrawBest, time(() -> exporter.export(meeting, out)));
            }
            LOG.warn("BENCH warm export with the map drawn anew (no cached picture): best of 3 {} ms", redrawBest);
            LOG.warn("BENCH minutes with real map: cold {} ms; warm best {} ms, mean {} ms, worst {} ms; {} bytes;"
                    + " load average {}", cold, best, total / 5, worst, Files.size(out),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Files.copy(out, Path.of("target", "minutes-real-map.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(out)).isPositive();
        }
    }

    private interface Export {
        void run() throws Exception;
    }

    private static long time(Export export) throws Exception {
        long start = System.nanoTime();
        export.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
