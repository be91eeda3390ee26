package de.stadtlage.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.stadtlage.common.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The content of a backup: data, never SQL. One JSON line per table ({@code {"table":…,"columns":[…]}}) followed by
 * one JSON array per row, after a header line with the format and the schema version. Restoring inserts the rows
 * with bound values into tables and columns that the schema (built by Flyway) has; nothing in the file is run as
 * SQL, so a crafted file can at worst be refused. H2 and PostgreSQL write and read the same format.
 */
final class PortableBackup {

    static final String ENTRY = "stadtlage-daten.jsonl";
    static final String FORMAT = "stadtlage-daten-1";
    private static final int BATCH = 500;

    private PortableBackup() {
    }

    /** Writes the header and every row of every table to {@code out} (which stays open). */
    static void write(DSLContext dsl, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(Json.write(Map.of("format", FORMAT, "schemaVersion", String.valueOf(SchemaTables.version(dsl))))
                + "\n");
        SchemaTables tables = SchemaTables.read(dsl);
        for (SchemaTables.SchemaTable table : tables.inDependencyOrder(dsl)) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("table", table.key());
            head.put("columns", table.columns().stream().map(SchemaTables.SchemaColumn::key).toList());
            writer.write(Json.write(head) + "\n");
            List<Field<Object>> fields = table.columns().stream().map(SchemaTables.SchemaColumn::field).toList();
            try (var cursor = dsl.select(fields).from(table.table()).orderBy(DSL.inline(1)).fetchSize(1000).fetchLazy()) {
                for (Record row : cursor) {
                    List<Object> values = new ArrayList<>(fields.size());
                    for (int i = 0; i < fields.size(); i++) {
                        values.add(table.columns().get(i).type().toJson(row.get(i)));
                    }
                    writer.write(Json.write(values) + "\n");
                }
            }
        }
        writer.flush();
    }

    /** The schema version in the header line, refused (in German) when the line is no such header. */
    static String readVersion(BufferedReader in, Path source) throws IOException {
        String line = in.readLine();
        JsonNode header;
        try {
            header = line == null ? null : Json.mapper().readTree(line);
        } catch (IOException e) {
            header = null;
        }
        String version = header == null ? "" : header.path("schemaVersion").asText("");
        if (header == null || !FORMAT.equals(header.path("format").asText()) || !version.matches("\\d+(\\.\\d+)*")) {
            throw new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " hat einen unbekannten Aufbau."
                    + " Bitte eine mit dieser Stadtlage-Version erstellte Sicherung angeben.", null);
        }
        return version;
    }

    /**
     * Inserts the rows that follow the header into the tables of {@code tx}, whose schema is at the backup's version
     * and empty. A table or column the schema does not have, or a value that does not fit its column, refuses the
     * whole backup.
     */
    static Map<String, Integer> insertRows(DSLContext tx, BufferedReader in, Path source) throws IOException {
        SchemaTables tables = SchemaTables.read(tx);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Rows rows = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode node = parse(line, source);
            if (node.isObject()) {
                flush(rows, counts);
                rows = new Rows(tx, target(tables, node, source));
            } else if (node.isArray() && rows != null) {
                rows.add((ArrayNode) node, source);
            } else {
                throw unexpected(source, "eine Zeile ohne Tabelle");
            }
        }
        flush(rows, counts);
        return counts;
    }

    private static void flush(Rows rows, Map<String, Integer> counts) {
        if (rows != null) {
            rows.execute();
            counts.merge(rows.table.key(), rows.count, Integer::sum);
        }
    }

    private static JsonNode parse(String line, Path source) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw unexpected(source, "eine Zeile, die kein JSON ist");
        }
    }

    /** The table and columns a table line names, all of which the schema must have. */
    private static Target target(SchemaTables tables, JsonNode head, Path source) {
        SchemaTables.SchemaTable table = tables.table(head.path("table").asText())
                .orElseThrow(() -> unexpected(source, "eine unbekannte Tabelle " + head.path("table")));
        List<SchemaTables.SchemaColumn> columns = new ArrayList<>();
        for (JsonNode name : head.path("columns")) {
            columns.add(table.column(name.asText())
                    .orElseThrow(() -> unexpected(source, "eine unbekannte Spalte " + name + " in " + table.key())));
        }
        if (columns.isEmpty()) {
            throw unexpected(source, "eine Tabelle ohne Spalten");
        }
        return new Target(table, columns);
    }

    static DatabaseException unexpected(Path source, String what) {
        return new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " enthält " + what + ", die nicht"
                + " zum Schema ihrer Version passt. Bitte eine andere Sicherung verwenden.", null);
    }

    private record Target(SchemaTables.SchemaTable table, List<SchemaTables.SchemaColumn> columns) {
    }

    /** The rows of one table, inserted in batches with bound values. */
    private static final class Rows {

        private final DSLContext tx;
        private final SchemaTables.SchemaTable table;
        private final List<SchemaTables.SchemaColumn> columns;
        private final List<List<Object>> pending = new ArrayList<>();
        private int count;

        Rows(DSLContext tx, Target target) {
            this.tx = tx;
            this.table = target.table();
            this.columns = target.columns();
        }

        void add(ArrayNode row, Path source) {
            if (row.size() != columns.size()) {
                throw unexpected(source, "eine Zeile mit " + row.size() + " statt " + columns.size() + " Werten");
            }
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                try {
                    values.add(columns.get(i).type().fromJson(row.get(i)));
                } catch (RuntimeException e) {
                    throw unexpected(source, "einen unpassenden Wert in " + table.key() + "." + columns.get(i).key());
                }
            }
            pending.add(values);
            count++;
            if (pending.size() == BATCH) {
                execute();
            }
        }

        void execute() {
            if (pending.isEmpty()) {
                return;
            }
            List<Field<Object>> fields = columns.stream().map(SchemaTables.SchemaColumn::field).toList();
            var values = tx.insertInto(table.table(), fields).values(pending.get(0));
            for (List<Object> row : pending.subList(1, pending.size())) {
                values = values.values(row);
            }
            values.execute();
            pending.clear();
        }
    }
}
