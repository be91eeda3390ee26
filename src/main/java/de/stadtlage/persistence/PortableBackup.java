package de.stadtlage.persistence;

import de.stadtlage.common.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A backup through jOOQ for PostgreSQL databases, without {@code pg_dump}: every row of every table as
 * an INSERT statement rendered for the database's dialect, one JSON-quoted statement per line, zipped. The schema
 * itself is not in the file: Flyway creates it, and the statements name no schema, so a backup restores into
 * another schema too. The tables and columns are read from the database, not from the
 * generated classes, so a backup taken before a migration holds the schema version it was taken at; restoring it
 * rebuilds that version with Flyway first.
 */
public final class PortableBackup {

    static final String ENTRY = "stadtlage-portable.jsonl";
    static final String FORMAT = "stadtlage-portable-1";
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private PortableBackup() {
    }

    public static void write(DSLContext dsl, Path target) throws IOException {
        Path partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(partial.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            out.write(Json.write(header(schemaVersion(dsl))) + "\n");
            DSLContext unqualified = DSL.using(dsl.dialect(),
                    org.jooq.conf.SettingsTools.clone(dsl.settings()).withRenderSchema(false));
            for (Table<?> table : tablesInDependencyOrder(dsl)) {
                try (var cursor = dsl.select().from(table).fetchSize(1000).fetchLazy()) {
                    for (Record row : cursor) {
                        row.changed(true); // jOOQ's set(Record) takes changed fields only: here all of them
                        out.write(Json.write(unqualified.renderInlined(unqualified.insertInto(table).set(row))) + "\n");
                    }
                }
            }
            out.flush();
            zip.closeEntry();
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Replaces all rows in one transaction; identity sequences continue after the restored ids. A backup of an
     * older schema version (one taken before a migration) first gets its version back: the Stadtlage tables are
     * dropped and {@code migrateTo} runs the migrations up to that version; the caller migrates on afterwards.
     */
    public static void restore(DSLContext dsl, Path source, Consumer<String> migrateTo) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            var entry = zip.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new DatabaseException("Die Datei " + source + " ist keine Stadtlage-Sicherung einer"
                        + " Server-Datenbank. Bitte eine mit \"stadtlage backup\" erstellte Datei oder eine"
                        + " automatische Sicherung einer Server-Datenbank angeben.", null);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            String backupVersion = versionOf(source, in.readLine());
            String currentVersion = schemaVersion(dsl);
            if (!backupVersion.equals(currentVersion)) {
                if (compareVersions(backupVersion, currentVersion) > 0) {
                    throw new DatabaseException("Die Sicherung " + source + " stammt von einer neueren Stadtlage-Version"
                            + " (Schema " + backupVersion + ", diese Datenbank: " + currentVersion + "). Bitte mit"
                            + " dieser oder einer neueren Stadtlage-Version wiederherstellen.", null);
                }
                dropStadtlageTables(dsl);
                migrateTo.accept(backupVersion);
            }
            dsl.transaction(cfg -> {
                List<Table<?>> tables = tablesInDependencyOrder(cfg.dsl());
                for (int i = tables.size() - 1; i >= 0; i--) {
                    cfg.dsl().deleteFrom(tables.get(i)).execute();
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    cfg.dsl().execute(Json.read(line, String.class));
                }
                continueIdentities(cfg.dsl());
            });
        }
    }

    private static String versionOf(Path source, String headerLine) {
        Map<?, ?> header;
        try {
            header = headerLine == null ? Map.of() : Json.read(headerLine, Map.class);
        } catch (RuntimeException e) {
            header = Map.of();
        }
        if (!FORMAT.equals(header.get("format"))
                || !String.valueOf(header.get("schemaVersion")).matches("\\d+(\\.\\d+)*")) {
            throw new DatabaseException("Die Sicherung " + source + " hat einen unbekannten Aufbau (" + headerLine
                    + "). Bitte eine mit Stadtlage erstellte Sicherung einer Server-Datenbank angeben.", null);
        }
        return header.get("schemaVersion").toString();
    }

    private static Map<String, String> header(String schemaVersion) {
        return Map.of("format", FORMAT, "schemaVersion", schemaVersion);
    }

    private static String schemaVersion(DSLContext dsl) {
        String version = dsl.resultQuery("select version from " + SCHEMA_HISTORY + " where success = true"
                + " and version is not null order by installed_rank desc").fetchAny(0, String.class);
        return String.valueOf(version);
    }

    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    /**
     * The tables of the connection's current schema as they are in the database (without Flyway's history), each
     * after the tables it references. Read from the catalog in two queries: jOOQ's {@code meta()} takes seconds.
     */
    static List<Table<?>> tablesInDependencyOrder(DSLContext dsl) {
        List<String> names = dsl.resultQuery("select c.relname from pg_class c where c.relkind in ('r', 'p')"
                + " and c.relnamespace = current_schema()::regnamespace and c.relname <> '" + SCHEMA_HISTORY + "'"
                + " order by c.relname").fetch(0, String.class);
        Map<String, Set<String>> references = new java.util.HashMap<>();
        dsl.resultQuery("select c.relname, r.relname from pg_constraint k join pg_class c on c.oid = k.conrelid"
                        + " join pg_class r on r.oid = k.confrelid where k.contype = 'f'"
                        + " and k.connamespace = current_schema()::regnamespace")
                .forEach(row -> references.computeIfAbsent(row.get(0, String.class), n -> new LinkedHashSet<>())
                        .add(row.get(1, String.class)));
        return inDependencyOrder(names, references).stream().<Table<?>>map(n -> DSL.table(DSL.name(n))).toList();
    }

    /** Drops the tables that Stadtlage's migrations create (and their history), nothing else in the schema. */
    private static void dropStadtlageTables(DSLContext dsl) {
        Set<String> ours = new LinkedHashSet<>();
        de.stadtlage.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()
                .forEach(t -> ours.add(t.getName().toLowerCase(Locale.ROOT)));
        tablesInDependencyOrder(dsl).forEach(t -> ours.add(t.getName().toLowerCase(Locale.ROOT)));
        ours.add(SCHEMA_HISTORY);
        dsl.transaction(cfg -> ours.forEach(name -> cfg.dsl().execute("drop table if exists " + name + " cascade")));
    }

    private static void continueIdentities(DSLContext tx) {
        var columns = tx.resultQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')")
                .fetch();
        for (var column : columns) {
            String table = column.get(0, String.class);
            String id = column.get(1, String.class);
            tx.execute("select setval(pg_get_serial_sequence('" + table + "', '" + id + "'), coalesce((select max("
                    + id + ") from " + table + "), 0) + 1, false)");
        }
    }

    /** {@code names} so that each comes after the names it references (references to itself do not count). */
    static List<String> inDependencyOrder(List<String> names, Map<String, Set<String>> references) {
        Set<String> ordered = new LinkedHashSet<>();
        List<String> remaining = new ArrayList<>(names);
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(n -> references.getOrDefault(n, Set.of()).stream()
                            .allMatch(r -> r.equals(n) || ordered.contains(r) || !remaining.contains(r)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("cyclic references"));
            ordered.add(next);
            remaining.remove(next);
        }
        return new ArrayList<>(ordered);
    }
}
