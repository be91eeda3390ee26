package de.stadtlage.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The tables of the connection's current schema as they are in the database (not as the generated classes say:
 * a backup taken before a migration has the older schema), read from the standard {@code information_schema},
 * which H2 and PostgreSQL both have. Flyway's history is not among them.
 */
final class SchemaTables {

    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final Map<String, SchemaTable> byName;

    private SchemaTables(Map<String, SchemaTable> byName) {
        this.byName = byName;
    }

    /** One table: its name as the database spells it, its columns in order, which of them is an identity. */
    record SchemaTable(String name, List<SchemaColumn> columns) {

        Table<?> table() {
            return DSL.table(DSL.name(name));
        }

        /** Lower case, as a backup names it. */
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        Optional<SchemaColumn> column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    record SchemaColumn(String name, ColumnType type, boolean identity) {

        Field<Object> field() {
            @SuppressWarnings("unchecked")
            Field<Object> field = (Field<Object>) DSL.field(DSL.name(name), type.dataType());
            return field;
        }

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    static SchemaTables read(DSLContext dsl) {
        Map<String, List<SchemaColumn>> columns = new LinkedHashMap<>();
        dsl.resultQuery("select c.table_name, c.column_name, c.data_type, c.is_identity"
                        + " from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where c.table_schema = current_schema and t.table_type = 'BASE TABLE'"
                        + " and lower(c.table_name) <> '" + SCHEMA_HISTORY + "'"
                        + " order by c.table_name, c.ordinal_position")
                .forEach(row -> columns.computeIfAbsent(row.get(0, String.class), n -> new ArrayList<>())
                        .add(new SchemaColumn(row.get(1, String.class), ColumnType.of(row.get(2, String.class)),
                                "YES".equalsIgnoreCase(row.get(3, String.class)))));
        Map<String, SchemaTable> byName = new LinkedHashMap<>();
        columns.forEach((name, list) -> byName.put(name.toLowerCase(Locale.ROOT), new SchemaTable(name, List.copyOf(list))));
        return new SchemaTables(byName);
    }

    /** The table a backup names (in lower case), if the schema has it. */
    Optional<SchemaTable> table(String key) {
        return Optional.ofNullable(byName.get(key));
    }

    /** The tables, each after the tables it references. */
    List<SchemaTable> inDependencyOrder(DSLContext dsl) {
        Map<String, Set<String>> references = new HashMap<>();
        dsl.resultQuery("select fk.table_name, pk.table_name from information_schema.referential_constraints rc"
                        + " join information_schema.table_constraints fk on fk.constraint_schema = rc.constraint_schema"
                        + " and fk.constraint_name = rc.constraint_name"
                        + " join information_schema.table_constraints pk on pk.constraint_schema = rc.unique_constraint_schema"
                        + " and pk.constraint_name = rc.unique_constraint_name"
                        + " where fk.table_schema = current_schema")
                .forEach(row -> references.computeIfAbsent(row.get(0, String.class).toLowerCase(Locale.ROOT),
                        n -> new LinkedHashSet<>()).add(row.get(1, String.class).toLowerCase(Locale.ROOT)));
        return inDependencyOrder(new ArrayList<>(byName.keySet()), references).stream().map(byName::get).toList();
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

    /** The schema version Flyway recorded last, or {@code null} for a database without Stadtlage's schema. */
    static String version(DSLContext dsl) {
        return dsl.resultQuery("select " + quoted(dsl, "version") + " from " + quoted(dsl, SCHEMA_HISTORY)
                + " where " + quoted(dsl, "success") + " = true and " + quoted(dsl, "version")
                + " is not null order by " + quoted(dsl, "installed_rank") + " desc").fetchAny(0, String.class);
    }

    private static String quoted(DSLContext dsl, String name) {
        return dsl.render(DSL.name(name));
    }
}
