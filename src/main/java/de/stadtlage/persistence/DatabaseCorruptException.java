package de.stadtlage.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The H2 file exists but cannot be read. Stadtlage never writes to it; the message names the file and the newest
 * backup and says how to restore it (the damaged file is kept beside it).
 */
public class DatabaseCorruptException extends DatabaseException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final transient Path file;
    private final transient Path latestBackup;

    public DatabaseCorruptException(Path file, Optional<Path> latestBackup, Throwable cause) {
        super(message(file, latestBackup), cause);
        this.file = file;
        this.latestBackup = latestBackup.orElse(null);
    }

    public Path file() {
        return file;
    }

    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }

    /** Renames the damaged file (it is kept, never overwritten) so that a restore can start a new one. */
    public Path setAside() {
        Path kept = file.resolveSibling(file.getFileName() + ".beschaedigt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, kept);
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".lock.db")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept;
    }

    private static String message(Path file, Optional<Path> backup) {
        String head = "Die Datenbankdatei " + file + " ist beschädigt oder nicht lesbar. Stadtlage verändert sie"
                + " nicht.";
        if (backup.isEmpty()) {
            return head + " Es gibt keine automatische Sicherung dieser Datenbank. Bitte wenden Sie sich an die"
                    + " Administration und legen Sie eine Sicherung mit \"stadtlage --db … restore DATEI --force\" zurück.";
        }
        return head + " Die neueste Sicherung ist " + backup.get() + ". Sie können sie wiederherstellen mit:"
                + " stadtlage --db \"" + file + "\" restore \"" + backup.get() + "\" --force"
                + " (die beschädigte Datei wird dabei umbenannt und aufbewahrt).";
    }
}
