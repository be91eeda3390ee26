package de.stadtlage.persistence;

import de.stadtlage.common.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where automatic backups go: {@code <data folder>/backups/}, named after the database (an H2 file's name, a server
 * database's host, port and name, plus a short hash of its location, so two databases never prune each other's
 * backups) and the time; the newest ten of each database are kept.
 */
public final class BackupFolder {

    public static final int KEEP = 10;
    static final String SUFFIX = ".sql.zip";
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    /** The backups folder inside the user's data folder. */
    public static BackupFolder standard() {
        return new BackupFolder(DataFolder.resolve().resolve("backups"));
    }

    public Path path() {
        return folder;
    }

    /** A new, not yet existing file for a backup of {@code location}; {@code reason} ends up in the name. */
    public Path newFile(DatabaseLocation location, String reason) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path file = folder.resolve(prefix(location) + stamp + "_" + reason + SUFFIX);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(prefix(location) + stamp + "-" + i + "_" + reason + SUFFIX);
        }
        return file;
    }

    /** The backups of {@code location}, newest first. */
    public List<Path> backupsOf(DatabaseLocation location) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefix(location);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Sicherungsordner {} nicht lesbar", folder, e);
            return List.of();
        }
    }

    public Optional<Path> latest(DatabaseLocation location) {
        return backupsOf(location).stream().findFirst();
    }

    /** Deletes all but the newest {@link #KEEP} backups of {@code location}. */
    public void prune(DatabaseLocation location) {
        List<Path> all = backupsOf(location);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warn("Alte Sicherung {} ließ sich nicht löschen", old, e);
            }
        }
    }

    static String prefix(DatabaseLocation location) {
        String url = location.jdbcUrl();
        String base = location.isH2File() ? Path.of(location.display()).getFileName().toString()
                .replace(".mv.db", "") : serverAndDatabase(url);
        byte[] digest = Sha256.of(url.replaceAll(";.*$", "").replaceAll("(?i)[?&](user|password)=[^&]*", ""));
        return base.replaceAll("[^A-Za-z0-9_-]", "_") + "_" + HexFormat.of().formatHex(digest, 0, 4) + "_";
    }

    /**
     * {@code host-port_database} of a server URL ({@code jdbc:postgresql://db.example:5432/lage?…} gives
     * {@code db.example-5432_lage}); the hash beside it tells apart schemas and options of one database.
     */
    static String serverAndDatabase(String url) {
        String rest = url.replaceFirst("^jdbc:[a-z0-9]+:", "").replaceAll("[?;].*$", "");
        if (!rest.startsWith("//")) {
            return "localhost_" + rest;
        }
        int slash = rest.indexOf('/', 2);
        String server = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
        String database = slash < 0 ? "" : rest.substring(slash + 1);
        return server.replace(':', '-').replace(',', '+') + "_" + database;
    }
}
