package de.stadtlage.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connection pool of an H2 file in mixed mode. When the app instance that runs H2's server for the shared
 * file ends, the pooled connections of the other instances break; they are dropped here and a fresh connection
 * (which makes this instance the new server, or connects to it) is handed out instead.
 */
final class SharedFileDataSource extends PlainDataSource {

    private final JdbcConnectionPool pool;

    SharedFileDataSource(JdbcConnectionPool pool) {
        this.pool = pool;
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

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }
}
