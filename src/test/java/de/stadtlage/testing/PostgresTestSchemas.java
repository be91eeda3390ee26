package de.stadtlage.testing;

import de.stadtlage.persistence.DatabaseLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A PostgreSQL schema per test folder, on the server named by {@code STADTLAGE_TEST_PG_URL} (with
 * {@code STADTLAGE_TEST_PG_USER} and {@code STADTLAGE_TEST_PG_PASSWORD}); {@code .ci/run} starts one. The same
 * folder always gets the same schema, so a test can reopen "its" database.
 */
public final class PostgresTestSchemas {

    public static final String URL_VARIABLE = "STADTLAGE_TEST_PG_URL";

    private PostgresTestSchemas() {
    }

    /** The server's URL, when the environment names one. */
    public static Optional<String> serverUrl() {
        return Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(s -> !s.isBlank());
    }

    public static String user() {
        return System.getenv().getOrDefault("STADTLAGE_TEST_PG_USER", "");
    }

    public static String password() {
        return System.getenv().getOrDefault("STADTLAGE_TEST_PG_PASSWORD", "");
    }

    /** A JDBC URL whose default schema is a fresh (or this folder's) schema. */
    public static String urlFor(Path folder) {
        String url = serverUrl().orElseThrow(() -> new IllegalStateException(URL_VARIABLE + " is not set"));
        String schema = "t_" + shortHash(folder.toAbsolutePath().toString());
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests not reachable at " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static DatabaseLocation location(Path folder) {
        String url = urlFor(folder);
        return new DatabaseLocation(url, user(), password(), url);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
