package de.stadtlage.persistence;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Restores a PostgreSQL database in one transaction: the Stadtlage tables are locked against other writers, a
 * backup of an older schema version gets that version back (tables dropped, Flyway migrates to it), all rows are
 * replaced and Flyway migrates on, and only then does the transaction commit. PostgreSQL's DDL is transactional,
 * so a cut backup, a bad row or a failing migration roll everything back.
 */
final class PostgresRestore {

    private PostgresRestore() {
    }

    /**
     * @param unchanged checks, with the tables locked, that the database is still as it was when the backup of
     *                  the current state was written
     */
    static void restore(DataSource dataSource, Settings settings, Path source, char[] password, SiteKey key,
                        Consumer<DSLContext> unchanged) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DSLContext tx = DSL.using(connection, SQLDialect.POSTGRES, settings);
                DataSource inTransaction = inTransaction(connection);
                lockTables(tx);
                unchanged.accept(tx);
                DatabaseBackup.read(source, password, key, (version, rows) -> {
                    BackupRestore.refuseNewer(version, BackupRestore.flyway(inTransaction, SQLDialect.POSTGRES), source);
                    if (!version.equals(SchemaTables.version(tx))) {
                        dropStadtlageTables(tx);
                        BackupRestore.flyway(inTransaction, SQLDialect.POSTGRES).target(version).load().migrate();
                    }
                    return BackupRestore.replaceRows(tx, rows, source);
                });
                BackupRestore.flyway(inTransaction, SQLDialect.POSTGRES).load().migrate();
                connection.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Other sessions may still read, but not write, until the restore commits. */
    private static void lockTables(DSLContext tx) {
        String tables = SchemaTables.read(tx).inDependencyOrder(tx).stream()
                .map(t -> tx.render(DSL.name(t.name()))).collect(Collectors.joining(", "));
        if (!tables.isEmpty()) {
            tx.execute("lock table " + tables + " in exclusive mode");
        }
    }

    /** Drops the tables that Stadtlage's migrations create (and their history), nothing else in the schema. */
    private static void dropStadtlageTables(DSLContext tx) {
        Set<String> ours = new LinkedHashSet<>();
        de.stadtlage.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()
                .forEach(t -> ours.add(t.getName().toLowerCase(Locale.ROOT)));
        SchemaTables.read(tx).inDependencyOrder(tx).forEach(t -> ours.add(t.key()));
        ours.add(SchemaTables.SCHEMA_HISTORY);
        ours.forEach(name -> tx.execute("drop table if exists " + tx.render(DSL.name(name)) + " cascade"));
    }

    /**
     * The transaction's connection as a data source for Flyway: Flyway's commits, rollbacks and closes do nothing
     * on it, so the migrations become part of the restore's transaction (and are undone with it).
     */
    private static DataSource inTransaction(Connection connection) {
        Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    boolean noArguments = args == null || args.length == 0;
                    switch (method.getName()) {
                        case "close", "setAutoCommit":
                            return null;
                        case "commit", "rollback":
                            if (noArguments) {
                                return null;
                            }
                            break;
                        case "getAutoCommit":
                            return false;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new OneConnection(shared);
    }

    /** A data source that hands out the one connection it has. */
    private static final class OneConnection extends PlainDataSource {

        private final Connection connection;

        OneConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) {
            return connection;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the connection is open already
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }
    }
}
