package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not part of the normal run: {@code mvn -o test -Dtest=MinutesExportBenchmark}. Exports the minutes of
 * the sample meeting (31.08.2023) with a map image from the sample database, once cold and five times warm, in one
 * JVM, as the app does after the first export. The map image is a prepared PNG (1600×1067): the map renderer's
 * own drawing time is not part of this number.
 */
class MinutesExportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesExportBenchmark.class);

    @Test
    void warmExportOfTheSampleMinutesWithMap() throws Exception {
        Path folder = TempDatabase.newFolder();
        try (Database database = TempDatabase.open(folder)) {
            SampleData.load(database, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
            byte[] map = SampleMinutes.mapPng(1600, 1067);
            MinutesExporter exporter = MinutesExporter.create(database, (from, to) -> Optional.of(map));
            MeetingRow meeting = exporter.find("2023-08-31", LocalDate.of(2023, 9, 1)).orElseThrow();
            Path out = folder.resolve("protokoll.pdf");
            long cold = time(() -> exporter.export(meeting, out));
            long best = Long.MAX_VALUE;
            long worst = 0;
            long total = 0;
            long bestCpu = Long.MAX_VALUE;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 5; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long ms = time(() -> exporter.export(meeting, out));
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
                best = Math.min(best, ms);
                worst = Math.max(worst, ms);
                total += ms;
            }
            LOG.warn("BENCH export thread CPU time (warm, best of 5): {} ms; machine load average {}", bestCpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            MinutesRepository meetings = new MinutesRepository(database.dsl());
            MinutesAssembler assembler = new MinutesAssembler(meetings, new StatusQueries(database.dsl()),
                    (from, to) -> Optional.of(map), () -> null);
            MinutesPdfRenderer renderer = new MinutesPdfRenderer();
            renderer.render(assembler.assemble(meeting));
            long assemble = time(() -> assembler.assemble(meeting));
            MinutesDocument document = assembler.assemble(meeting);
            long render = time(() -> renderer.render(document));
            MinutesDocument noMap = new MinutesDocument(document.header(), document.attendees(),
                    new SituationSection(null, null, null, document.situation().keyFigures(),
                            document.situation().hotspots()), document.subgroups(), document.agenda(),
                    document.actions(), document.nextMeeting(), document.addenda(), null);
            renderer.render(noMap);
            long renderNoMap = time(() -> renderer.render(noMap));
            LOG.warn("BENCH parts (warm): assemble {} ms, render {} ms, render without map {} ms", assemble, render,
                    renderNoMap);
            LOG.warn("BENCH sample minutes export with map: cold {} ms; warm (5 runs) best {} ms, mean {} ms,"
                    + " worst {} ms; {} bytes", cold, best, total / 5, worst, Files.size(out));
            assertThat(PdfChecks.pages(Files.readAllBytes(out))).isGreaterThan(3);
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
