package de.stadtlage.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.tools.RunScript;

/**
 * Backups of an H2 database as zipped SQL. The script comes from H2's {@code SCRIPT} as a result set and is zipped
 * here (rather than {@code SCRIPT TO 'file'}), because in mixed mode the statement may run in another process, on
 * another machine, which would write the file there.
 */
public final class DatabaseBackup {

    static final String ENTRY = "stadtlage.sql";
    static final String HEADER = "-- Stadtlage-Sicherung (H2)";
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

    private DatabaseBackup() {
    }

    /** Writes the whole database to {@code target} (a zip with one SQL script). */
    public static void writeH2(Connection connection, Path target) throws SQLException, IOException {
        writeH2(connection, target, null);
    }

    /**
     * Writes the whole database to {@code target}; with a {@code password} (the file password of an encrypted
     * database) the zip is encrypted like the database file.
     */
    public static void writeH2(Connection connection, Path target, char[] password) throws SQLException, IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(target.getFileName() + ".part");
        OutputStream file = password == null ? Files.newOutputStream(partial)
                : BackupCipher.encryptingOutput(partial, password);
        try (ZipOutputStream zip = new ZipOutputStream(file);
             Statement statement = connection.createStatement();
             ResultSet script = statement.executeQuery("SCRIPT")) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            writer.write(HEADER + "\n");
            while (script.next()) {
                writer.write(script.getString(1));
                writer.write("\n");
            }
            writer.flush();
            zip.closeEntry();
        }
        // Only a complete file carries the final name: a crash while writing never leaves a half backup behind.
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Replaces everything in the H2 database behind {@code connection} with the backup in {@code source}. */
    public static void restoreH2(Connection connection, Path source) throws SQLException, IOException {
        restoreH2(connection, source, null);
    }

    /**
     * Like {@link #restoreH2(Connection, Path)}; an encrypted backup is read with {@code password} (refused,
     * in German, without one or with a wrong one).
     */
    public static void restoreH2(Connection connection, Path source, char[] password) throws SQLException, IOException {
        try (ZipInputStream zip = new ZipInputStream(open(source, password))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw notABackup(source);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            reader.mark(256);
            if (!HEADER.equals(reader.readLine())) {
                throw notABackup(source);
            }
            reader.reset();
            boolean autoCommit = connection.getAutoCommit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
                RunScript.execute(connection, reader);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (java.util.zip.ZipException e) {
            throw notABackup(source);
        }
    }

    private static InputStream open(Path source, char[] password) throws IOException {
        if (!FileEncryption.isEncrypted(source)) {
            return Files.newInputStream(source);
        }
        if (password == null) {
            throw new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " ist verschlüsselt. Bitte das"
                    + " Dateipasswort der Datenbank angeben, aus der sie stammt (Umgebungsvariable"
                    + " STADTLAGE_FILE_PASSWORD).", null);
        }
        InputStream in = new BufferedInputStream(BackupCipher.decryptingInput(source, password));
        in.mark(ZIP_HEADER.length);
        // The cipher has no check of its own: a wrong password yields noise instead of a zip header.
        if (!Arrays.equals(in.readNBytes(ZIP_HEADER.length), ZIP_HEADER)) {
            in.close();
            throw new WrongFilePasswordException("die Sicherung " + source.toAbsolutePath(), null);
        }
        in.reset();
        return in;
    }

    private static DatabaseException notABackup(Path source) {
        return new DatabaseException("Die Datei " + source.toAbsolutePath() + " ist keine Stadtlage-Sicherung."
                + " Bitte eine Datei aus dem Ordner \"backups\" im Datenordner oder eine mit \"stadtlage backup\""
                + " erstellte Datei angeben.", null);
    }
}
