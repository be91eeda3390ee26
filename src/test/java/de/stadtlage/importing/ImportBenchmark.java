package de.stadtlage.importing;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.persistence.Database;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentSource;
import de.stadtlage.testing.TempDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Imports 100,000 CSV rows into a fresh H2 file and compares with plain CSV parsing of the same file (the
 * baseline, measured in the same run). Not part of the normal build: {@code mvn -B -o test -Pbench}.
 */
@Tag("bench")
class ImportBenchmark {

    static final int ROWS = 100_000;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void import100000Rows() throws IOException {
        Path folder = TempDatabase.newFolder();
        Path file = folder.resolve("bench.csv");
        Files.write(file, generate(ROWS, 42));
        Path warmup = folder.resolve("warmup.csv");
        Files.write(warmup, generate(20_000, 7));
        importOnce(warmup, folder.resolve("warmup-db"));   // JIT, street index, Flyway classes
        plainParse(file);

        long parse = median(() -> plainParse(file));
        long check = median(() -> new IncidentImportService(null, CurrentUser.system())
                .check(file, ImportProgress.NONE).rows().size());
        long full = importOnce(file, folder.resolve("db"));
        long fullCpu = lastImportCpu;
        long processCpu = lastImportProcessCpu;
        report(parse, check, full, fullCpu, Files.size(file));
        System.out.printf(Locale.ROOT, "  full import, CPU time of the whole JVM (GC, H2 writer) %6d ms%n", processCpu / 1_000_000);
    }

    // The machine is shared: CPU time says what the import costs, wall time what it took under that load.
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // CPU of the import alone (creating and migrating the database before it is not counted)
    private static long lastImportCpu;
    private static long lastImportProcessCpu;

    private static long importOnce(Path file, Path dbFolder) {
        try (Database db = TempDatabase.open(dbFolder)) {
            IncidentImportService service = new IncidentImportService(db, CurrentUser.system());
            long start = System.nanoTime();
            long processStart = processCpu();
            long cpu = THREADS.getCurrentThreadCpuTime();
            ImportCheck check = service.check(file, ImportProgress.NONE);
            long checked = System.nanoTime();
            long checkedCpu = THREADS.getCurrentThreadCpuTime();
            ImportResult result = service.importChecked(check, ImportProgress.NONE);
            long elapsed = System.nanoTime() - start;
            lastImportCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            lastImportProcessCpu = processCpu() - processStart;
            System.out.printf(Locale.ROOT, "  (%s: check %d ms wall / %d ms CPU, store+commit %d ms wall / %d ms CPU)%n",
                    file.getFileName(), (checked - start) / 1_000_000, (checkedCpu - cpu) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - checkedCpu) / 1_000_000);
            if (result.imported() + result.duplicatesSkipped() < ROWS / 5) {
                throw new IllegalStateException("too few rows: " + result.summary());
            }
            return elapsed;
        }
    }

    private static long plainParse(Path file) {
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            long fields = 0;
            for (CSVRecord record : parser) {
                fields += record.size();
            }
            return fields;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long median(java.util.function.LongSupplier work) {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[1];
    }

    private static void report(long parse, long check, long full, long fullCpu, long bytes) {
        System.out.printf(Locale.ROOT, "%nImport benchmark: %,d rows, %.1f MB, %d cores%n", ROWS, bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  baseline: plain CSV parsing (commons-csv, no checks) %6d ms%n", parse / 1_000_000);
        System.out.printf(Locale.ROOT, "  read + validate (no database)                        %6d ms  (%.1fx baseline)%n",
                check / 1_000_000, (double) check / parse);
        System.out.printf(Locale.ROOT, "  full import into a new H2 file (one transaction)     %6d ms  (%.1fx baseline)%n",
                full / 1_000_000, (double) full / parse);
        System.out.printf(Locale.ROOT, "  full import, CPU time of the importing thread        %6d ms%n", fullCpu / 1_000_000);
        System.out.printf(Locale.ROOT, "  target <= 5000 ms wall: %s; load average now: %.1f%n", full <= 5_000_000_000L ? "met" : "NOT met",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Realistic rows: every category and source, times over eight weeks, a few addresses, some quoted notes. */
    static byte[] generate(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Zeitpunkt;Kategorie;Quelle;Breite;Länge;Ort;Anzahl;Bemerkung\r\n");
        LocalDateTime start = LocalDateTime.of(2023, 7, 3, 0, 0);
        String[] streets = {"Münsterstraße 12", "Brückstraße", "Kampstraße 40", "Nordmarkt", "Hauptbahnhof"};
        for (int i = 0; i < rows; i++) {
            boolean address = i % 50 == 0;
            csv.append(IncidentTimes.EXPORT.format(start.plusMinutes(random.nextInt(8 * 7 * 24 * 60)))).append(';')
                    .append(IncidentCategory.values()[random.nextInt(11)].germanName()).append(';')
                    .append(IncidentSource.values()[random.nextInt(4)].germanName()).append(';')
                    .append(address ? "" : String.format(Locale.GERMANY, "%.5f", 51.50 + random.nextDouble() * 0.03)).append(';')
                    .append(address ? "" : String.format(Locale.GERMANY, "%.5f", 7.44 + random.nextDouble() * 0.06)).append(';')
                    .append(address ? streets[0] : streets[random.nextInt(streets.length)]).append(';')
                    .append(1 + random.nextInt(3)).append(';')
                    .append(i % 10 == 0 ? "\"Hinweis; mehrere Personen\"" : "").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
