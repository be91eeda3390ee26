package de.stadtlage.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    private DatabaseBackup() {
    }

    /** Writes the whole database to {@code target} (a zip with one SQL script). */
    public static void writeH2(Connection connection, Path target) throws SQLException, IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(target.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
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
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
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

    private static DatabaseException notABackup(Path source) {
        return new DatabaseException("Die Datei " + source.toAbsolutePath() + " ist keine Stadtlage-Sicherung."
                + " Bitte eine Datei aus dem Ordner \"backups\" im Datenordner oder eine mit \"stadtlage backup\""
                + " erstellte Datei angeben.", null);
    }
}
