package de.stadtlage.persistence;

import de.stadtlage.common.Json;
import de.stadtlage.persistence.jooq.DefaultSchema;
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
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A backup through jOOQ for server databases (PostgreSQL), without {@code pg_dump}: every row of every table as
 * an INSERT statement rendered for the database's dialect, one JSON-quoted statement per line, zipped. The schema
 * itself is not in the file: Flyway creates it, and a backup is restored only into the same schema version.
 */
public final class PortableBackup {

    static final String ENTRY = "stadtlage-portable.jsonl";

    private PortableBackup() {
    }

    public static void write(DSLContext dsl, Path target) throws IOException {
        Path partial = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            out.write(Json.write(header(dsl)) + "\n");
            for (Table<?> table : tablesInDependencyOrder()) {
                try (var cursor = dsl.selectFrom(table).fetchSize(1000).fetchLazy()) {
                    for (Record row : cursor) {
                        row.changed(true); // jOOQ's set(Record) takes changed fields only: here all of them
                        out.write(Json.write(dsl.renderInlined(dsl.insertInto(table).set(row))) + "\n");
                    }
                }
            }
            out.flush();
            zip.closeEntry();
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces all rows in one transaction; identity sequences continue after the restored ids. */
    public static void restore(DSLContext dsl, Path source) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            var entry = zip.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new DatabaseException("Die Datei " + source + " ist keine Stadtlage-Sicherung einer"
                        + " Server-Datenbank. Bitte eine mit \"stadtlage backup\" erstellte Datei angeben.", null);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            String expected = Json.write(header(dsl));
            String header = in.readLine();
            if (!expected.equals(header)) {
                throw new DatabaseException("Die Sicherung " + source + " passt nicht zu dieser Datenbank (" + header
                        + " statt " + expected + "). Bitte eine Sicherung derselben Stadtlage-Version verwenden.", null);
            }
            dsl.transaction(cfg -> {
                List<Table<?>> tables = tablesInDependencyOrder();
                for (int i = tables.size() - 1; i >= 0; i--) {
                    cfg.dsl().deleteFrom(tables.get(i)).execute();
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    cfg.dsl().execute(Json.read(line, String.class));
                }
                tables.forEach(t -> continueIdentity(cfg.dsl(), t));
            });
        }
    }

    private static java.util.Map<String, String> header(DSLContext dsl) {
        String version = dsl.resultQuery("select version from flyway_schema_history where success = true"
                + " and version is not null order by installed_rank desc").fetchAny(0, String.class);
        return java.util.Map.of("format", "stadtlage-portable-1", "schemaVersion", String.valueOf(version));
    }

    private static void continueIdentity(DSLContext tx, Table<?> table) {
        if (table.getIdentity() == null || tx.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return;
        }
        String name = table.getName().toLowerCase(java.util.Locale.ROOT);
        String id = table.getIdentity().getField().getName().toLowerCase(java.util.Locale.ROOT);
        tx.execute("select setval(pg_get_serial_sequence('" + name + "', '" + id + "'), coalesce((select max(" + id
                + ") from " + name + "), 0) + 1, false)");
    }

    /** Tables so that every table comes after the tables it references. */
    static List<Table<?>> tablesInDependencyOrder() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        List<Table<?>> remaining = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        while (!remaining.isEmpty()) {
            Table<?> next = remaining.stream().filter(t -> t.getReferences().stream()
                    .map(ForeignKey::getKey).allMatch(k -> k.getTable().equals(t) || ordered.contains(k.getTable())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("cyclic references"));
            ordered.add(next);
            remaining.remove(next);
        }
        return new ArrayList<>(ordered);
    }
}
