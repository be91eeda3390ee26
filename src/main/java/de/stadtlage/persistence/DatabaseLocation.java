package de.stadtlage.persistence;

import java.nio.file.Path;
import java.util.Locale;
import org.jooq.SQLDialect;

/**
 * Which database Stadtlage talks to: an H2 file (the default) or any JDBC URL. The SQL dialect is derived from
 * the URL, never assumed.
 *
 * @param jdbcUrl  the JDBC URL to connect to
 * @param user     user name (H2 files use "sa")
 * @param password password; for an H2 file the one of "sa" (empty until {@link Database#open} derives it from the
 *                 file's {@link SiteKey}), after the file password and a space when the file is encrypted
 * @param display  a short text for the status bar and messages
 */
public record DatabaseLocation(String jdbcUrl, String user, String password, String display) {

    static final String FILE_NAME = "stadtlage";
    private static final String CIPHER = ";CIPHER=AES";
    private static final String AUTO_SERVER = ";AUTO_SERVER=TRUE";

    @Override
    public String toString() {
        return display;
    }

    /** The default H2 file in the user's data folder. */
    public static DatabaseLocation defaultFile() {
        return h2File(DataFolder.resolve().resolve(FILE_NAME));
    }

    /**
     * Parses the {@code --db} argument: a JDBC URL as given, otherwise a path to an H2 file (with or without the
     * {@code .mv.db} suffix).
     */
    public static DatabaseLocation parse(String argument) {
        if (argument == null || argument.isBlank()) {
            return defaultFile();
        }
        if (argument.startsWith("jdbc:")) {
            String user = argument.startsWith("jdbc:h2:") ? "sa" : env("STADTLAGE_DB_USER");
            return new DatabaseLocation(argument, user, env("STADTLAGE_DB_PASSWORD"), argument.replaceAll("password=[^;&]*", "password=***"));
        }
        String path = argument.endsWith(".mv.db") ? argument.substring(0, argument.length() - ".mv.db".length()) : argument;
        return h2File(Path.of(path));
    }

    /**
     * An H2 file that this process opens alone: a second instance is refused with "in use" (see {@link #shared()}
     * for the explicit choice to share it). {@code FILE_LOCK=FILE} is H2's lock file, the same lock a shared file
     * has: it works on network drives, and it is what {@link FileEncryption} checks before it converts the file
     * (H2's default, a native lock on the data file, would hide an open file from that check). {@code WRITE_DELAY=0}
     * writes every commit to the file at once: with H2's default (500 ms) a commit could still be lost when the
     * process is killed right after it.
     */
    public static DatabaseLocation h2File(Path withoutSuffix) {
        Path absolute = withoutSuffix.toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + absolute + ";FILE_LOCK=FILE;WRITE_DELAY=0";
        return new DatabaseLocation(url, "sa", "", absolute + ".mv.db");
    }

    /**
     * The same H2 file in H2's automatic mixed mode, so several instances can use it at once: the first one opens
     * the file and serves it to the others over a TCP port that listens on every network interface. Other
     * locations are returned unchanged (a database server is shared anyway).
     */
    public DatabaseLocation shared() {
        if (!isH2File() || isShared()) {
            return this;
        }
        int options = jdbcUrl.indexOf(';');
        String url = options < 0 ? jdbcUrl + AUTO_SERVER
                : jdbcUrl.substring(0, options) + AUTO_SERVER + jdbcUrl.substring(options);
        return new DatabaseLocation(url, user, password, display);
    }

    /** Whether this H2 file is opened in mixed mode, shared with other instances. */
    public boolean isShared() {
        return jdbcUrl.toUpperCase(Locale.ROOT).contains(AUTO_SERVER);
    }

    /**
     * The same location with the server credentials given on the command line; {@code null} keeps what the
     * environment gave. H2 files ignore them.
     */
    public DatabaseLocation withCredentials(String newUser, String newPassword) {
        if (jdbcUrl.startsWith("jdbc:h2:") || (newUser == null && newPassword == null)) {
            return this;
        }
        return new DatabaseLocation(jdbcUrl, newUser == null ? user : newUser,
                newPassword == null ? password : newPassword, display);
    }

    /**
     * The same H2 file opened with H2's AES cipher: H2 takes the file password and the user password in one,
     * separated by a space (so a file password has none, see {@link FileEncryption#checkNewPassword}).
     */
    public DatabaseLocation withFilePassword(char[] filePassword) {
        if (!isH2File() || hasFilePassword()) {
            throw new IllegalStateException("only a plain H2 file location gets a file password");
        }
        return new DatabaseLocation(jdbcUrl + CIPHER, user, new String(filePassword) + " " + password, display);
    }

    /** The same location with {@code userPassword} for the user (after the file password of an encrypted file). */
    public DatabaseLocation withUserPassword(String userPassword) {
        String filePart = hasFilePassword() ? password.substring(0, password.indexOf(' ') + 1) : "";
        return new DatabaseLocation(jdbcUrl, user, filePart + userPassword, display);
    }

    /** The user's password without the file password of an encrypted file. */
    public String userPassword() {
        return hasFilePassword() ? password.substring(password.indexOf(' ') + 1) : password;
    }

    /**
     * The same H2 file with the password that {@link Database#open} gives it, read from the key file beside it,
     * for tools that connect with plain JDBC.
     */
    public DatabaseLocation withKeyPassword() {
        return isH2File() ? withUserPassword(H2UserPassword.derive(SiteKey.of(this))) : this;
    }

    /** Whether this location opens the file with H2's AES cipher. */
    public boolean hasFilePassword() {
        return jdbcUrl.endsWith(CIPHER);
    }

    /** The file password of an encrypted file (backups are encrypted with it), or {@code null}. */
    public char[] filePassword() {
        return hasFilePassword() ? password.substring(0, password.indexOf(' ')).toCharArray() : null;
    }

    /** The {@code .mv.db} file of an H2 file location. */
    public Path file() {
        return Path.of(display);
    }

    public SQLDialect dialect() {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("Nicht unterstützte Datenbank: " + display
                + ". Bitte eine H2-Datei oder eine PostgreSQL-URL (jdbc:postgresql://…) angeben.");
    }

    public boolean isH2File() {
        return jdbcUrl.startsWith("jdbc:h2:file:");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
