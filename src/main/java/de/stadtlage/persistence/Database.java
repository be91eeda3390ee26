package de.stadtlage.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: migrated by Flyway on open, used through jOOQ. Every write of the application goes through
 * {@link #transaction} or {@link #transactionResult}, so it is one transaction.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final DSLContext dsl;

    private Database(DatabaseLocation location, DataSource dataSource, AutoCloseable closer) {
        this.location = location;
        this.dataSource = dataSource;
        this.closer = closer;
        this.dsl = DSL.using(dataSource, location.dialect());
    }

    /** Opens the database and brings its schema up to date. */
    public static Database open(DatabaseLocation location) {
        Objects.requireNonNull(location, "location");
        location.dialect(); // fails early, in German, for an unsupported URL
        DataSource dataSource;
        AutoCloseable closer;
        if (location.jdbcUrl().startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), location.user(), location.password());
            pool.setMaxConnections(16);
            dataSource = pool;
            closer = pool::dispose;
        } else {
            dataSource = new DriverManagerDataSource(location.jdbcUrl(), location.user(), location.password());
            closer = () -> { };
        }
        Database database = new Database(location, dataSource, closer);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private void migrate() {
        long start = System.nanoTime();
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("Die Datenbank " + location.display()
                    + " konnte nicht geöffnet oder aktualisiert werden. Bitte prüfen Sie, ob die Datei lesbar ist"
                    + " und ob sie zu dieser Version von Stadtlage passt.", e);
        }
        LOG.info("Datenbank {} bereit ({} ms)", location.display(), (System.nanoTime() - start) / 1_000_000);
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The jOOQ context for reads; writes use {@link #transaction}. */
    public DSLContext dsl() {
        return dsl;
    }

    public void transaction(TransactionalRunnable work) {
        dsl.transaction(work);
    }

    public <T> T transactionResult(TransactionalCallable<T> work) {
        return dsl.transactionResult(work);
    }

    /** A plain JDBC connection, for tools that need one (backups, tests). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Datenbank {} ließ sich nicht sauber schließen", location.display(), e);
        }
    }
}
