package de.stadtlage.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The steps of a restore that H2 ({@link H2Restore}) and PostgreSQL ({@link PostgresRestore}) share. */
final class BackupRestore {

    private BackupRestore() {
    }

    static FluentConfiguration flyway(DataSource dataSource, SQLDialect dialect) {
        return Flyway.configure().dataSource(dataSource).locations(DatabaseSettings.migrationLocations(dialect));
    }

    /** Refuses a backup whose schema is newer than the newest migration of this Stadtlage version. */
    static void refuseNewer(String backupVersion, FluentConfiguration flyway, Path source) {
        MigrationVersion newest = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
        if (MigrationVersion.fromVersion(backupVersion).compareTo(newest) > 0) {
            throw new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " stammt von einer neueren"
                    + " Stadtlage-Version (Schema " + backupVersion + ", diese Version kennt bis " + newest + ")."
                    + " Bitte mit dieser oder einer neueren Stadtlage-Version"
                    + " wiederherstellen.", null);
        }
    }

    /**
     * Empties every table of a schema at the backup's version (the migrations seed some rows), inserts the
     * backup's rows and lets identity columns continue after the restored ids.
     */
    static Map<String, Integer> replaceRows(DSLContext tx, BufferedReader rows, Path source) throws IOException {
        SchemaTables tables = SchemaTables.read(tx);
        List<SchemaTables.SchemaTable> ordered = tables.inDependencyOrder(tx);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            tx.deleteFrom(ordered.get(i).table()).execute();
        }
        Map<String, Integer> counts = PortableBackup.insertRows(tx, rows, source);
        for (SchemaTables.SchemaTable table : ordered) {
            for (SchemaTables.SchemaColumn column : table.columns()) {
                if (column.identity()) {
                    continueIdentity(tx, table, column);
                }
            }
        }
        return counts;
    }

    private static void continueIdentity(DSLContext tx, SchemaTables.SchemaTable table, SchemaTables.SchemaColumn id) {
        Number max = tx.select(DSL.max(id.field())).from(table.table()).fetchOne(0, Long.class);
        long next = (max == null ? 0 : max.longValue()) + 1;
        tx.execute("alter table " + tx.render(DSL.name(table.name())) + " alter column " + tx.render(DSL.name(id.name()))
                + " restart with " + next);
    }
}
