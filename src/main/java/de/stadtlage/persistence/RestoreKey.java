package de.stadtlage.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key a restore checks the backup with: the database's own key file, or the one given (the key file of the
 * database the backup comes from, e.g. on a new machine). Afterwards the database keeps that key, so its older
 * backups and its audit anchors stay valid; its former key file is kept beside it.
 */
final class RestoreKey {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreKey.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RestoreKey() {
    }

    /** The key to check a backup with; refused (in German) when its file is missing: a new key would never fit. */
    static SiteKey verifying(DatabaseLocation target, Path keyFile) {
        Path file = keyFile != null ? keyFile.toAbsolutePath() : SiteKey.fileFor(target);
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException((keyFile != null ? "Die Schlüsseldatei " + file + " gibt es nicht."
                    : "Diese Datenbank hat noch keine Schlüsseldatei (" + file + "), mit der sich die Sicherung prüfen"
                    + " ließe.") + " Bitte die Schlüsseldatei der Datenbank angeben, aus der die Sicherung stammt:"
                    + " restore DATEI --key-file SCHLÜSSELDATEI (oder Umgebungsvariable " + SiteKey.OVERRIDE_ENV + ").",
                    null);
        }
        try {
            return SiteKey.load(file);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new DatabaseException("Die Schlüsseldatei " + file + " ist nicht lesbar oder keine"
                    + " Stadtlage-Schlüsseldatei. Bitte die Schlüsseldatei angeben, die neben der Datenbankdatei lag,"
                    + " aus der die Sicherung stammt.", e);
        }
    }

    /**
     * The key for the backup of the state before the restore: the database's own, unless it has none yet and will
     * take over {@code used} (then no key file is created only to be replaced a moment later).
     */
    static SiteKey forPreviousState(DatabaseLocation target, SiteKey used) {
        Path own = SiteKey.fileFor(target);
        return Files.exists(own) || overridden() ? SiteKey.load(own) : used;
    }

    /**
     * {@code target} with the H2 user password the database has once it took over {@code used} ({@link #adopt}):
     * derived from that key, unless the password is not a derived one or the key stays as it is.
     */
    static DatabaseLocation locationAfter(DatabaseLocation target, SiteKey used) {
        Path own = SiteKey.fileFor(target);
        if (!target.isH2File() || overridden() || own.equals(used.file()) || !Files.isRegularFile(own)
                || !target.userPassword().equals(H2UserPassword.derive(SiteKey.load(own)))) {
            return target;
        }
        return target.withUserPassword(H2UserPassword.derive(used));
    }

    private static boolean overridden() {
        String override = System.getProperty(SiteKey.OVERRIDE_PROPERTY, System.getenv(SiteKey.OVERRIDE_ENV));
        return override != null && !override.isBlank();
    }

    /** Whether the database took over the key it was restored with, and where its former key file went. */
    record Adoption(boolean taken, Path keptFormer) {
        static final Adoption NONE = new Adoption(false, null);
    }

    /**
     * After a restore checked with another key file than the database's own: copies it into the database's place,
     * keeping the former one beside it. Not when the key file is set for all databases ({@value SiteKey#OVERRIDE_ENV}):
     * that one is not this restore's to change.
     */
    static Adoption adopt(DatabaseLocation target, SiteKey used) {
        Path own = SiteKey.fileFor(target);
        if (overridden() || own.equals(used.file())) {
            return Adoption.NONE;
        }
        try {
            byte[] key = Files.readAllBytes(used.file());
            if (Files.isRegularFile(own) && Arrays.equals(Files.readAllBytes(own), key)) {
                return Adoption.NONE;
            }
            Path kept = null;
            if (Files.exists(own)) {
                kept = own.resolveSibling(own.getFileName() + ".bis-" + LocalDateTime.now().format(STAMP));
                Files.move(own, kept);
            }
            Path temp = Files.createTempFile(own.toAbsolutePath().getParent(), ".key", ".tmp");
            ownerOnly(temp);
            Files.write(temp, key);
            Files.move(temp, own, StandardCopyOption.ATOMIC_MOVE);
            return new Adoption(true, kept);
        } catch (IOException e) {
            LOG.warn("Schlüsseldatei {} ließ sich nicht nach {} übernehmen", used.file(), own, e);
            throw new DatabaseException("Die Datenbank ist wiederhergestellt, aber die Schlüsseldatei " + used.file()
                    + " ließ sich nicht nach " + own + " kopieren (" + e.getMessage() + "). Bitte die Datei von Hand"
                    + " dorthin kopieren, sonst sind künftige Sicherungen mit einem anderen Schlüssel signiert.", e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already
        }
    }
}
