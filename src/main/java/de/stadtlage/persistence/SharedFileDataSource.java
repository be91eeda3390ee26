package de.stadtlage.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connection pool of an H2 file in mixed mode. When the app instance that runs H2's server for the shared
 * file ends, the pooled connections of the other instances break; they are dropped here and a fresh connection
 * (which makes this instance the new server, or connects to it) is handed out instead. A restore closes the pool
 * for a moment ({@link #suspend()}), so that the file can be replaced, and then opens a new one ({@link #resume()}).
 */
final class SharedFileDataSource extends PlainDataSource {

    private volatile Supplier<JdbcConnectionPool> pools;
    private volatile JdbcConnectionPool pool;

    SharedFileDataSource(Supplier<JdbcConnectionPool> pools) {
        this.pools = pools;
        this.pool = pools.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        // Every pooled connection may be broken (at most the pool's size); one more try gets a new one.
        for (int attempt = 0; ; attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (!H2Files.isConnectionLost(e) || attempt > pool.getMaxConnections()) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    void dispose() {
        pool.dispose();
    }

    /** Closes the idle connections, so H2 closes the file once no other instance uses it through this one. */
    void suspend() {
        pool.dispose();
    }

    /** A new pool after {@link #suspend()}; its first connection opens the (possibly replaced) file again. */
    void resume() {
        pool = pools.get();
    }

    /** Like {@link #resume()}, opening the file from now on with other credentials (a restore changed them). */
    void resume(Supplier<JdbcConnectionPool> newPools) {
        pools = newPools;
        resume();
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }
}
