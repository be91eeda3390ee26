package de.stadtlage.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.jooq.DSLContext;

/**
 * A backup file: the rows of the database ({@link PortableBackup}) zipped, signed ({@link BackupSignature}) and,
 * for an encrypted database, encrypted like its file ({@link BackupCipher}). Reading checks the signature before
 * anything of the content is used, and again at the end (the file might have been replaced in between).
 */
final class DatabaseBackup {

    /** The entries of the SQL backups that earlier versions wrote (unsigned: refused). */
    private static final Set<String> LEGACY_ENTRIES = Set.of("stadtlage.sql", "stadtlage-portable.jsonl");
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

    private DatabaseBackup() {
    }

    /** What reads the content: the schema version from the header, then the rows. */
    interface ContentReader<T> {
        T read(String schemaVersion, BufferedReader rows) throws IOException, SQLException;
    }

    /** Writes the whole database to {@code target}, signed with {@code key}, encrypted unless the password is null. */
    static void write(DSLContext dsl, Path target, char[] password, SiteKey key) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(target.getFileName() + ".part");
        OutputStream file = password == null ? Files.newOutputStream(partial)
                : BackupCipher.encryptingOutput(partial, password);
        try (ZipOutputStream zip = new ZipOutputStream(BackupSignature.signing(file, key.mac(BackupSignature.PURPOSE)))) {
            zip.putNextEntry(new ZipEntry(PortableBackup.ENTRY));
            PortableBackup.write(dsl, zip);
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Only a complete file carries the final name: a crash while writing never leaves a half backup behind.
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Checks the signature over the whole file without using any of its content; refuses in German. */
    static void verify(Path source, char[] password, SiteKey key) throws IOException {
        try (BackupSignature.Content content = open(source, password, key)) {
            content.readToEnd();
        } catch (BackupSignature.Invalid e) {
            throw refusal(source, key);
        }
    }

    /**
     * Hands the verified content to {@code reader}; the signature is checked once more after it (so what it did must
     * not count before this returns: the callers work in a new file or an open transaction).
     */
    static <T> T read(Path source, char[] password, SiteKey key, ContentReader<T> reader)
            throws IOException, SQLException {
        try (BackupSignature.Content content = open(source, password, key)) {
            ZipInputStream zip = new ZipInputStream(content);
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !PortableBackup.ENTRY.equals(entry.getName())) {
                throw notABackup(source);
            }
            BufferedReader rows = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            T result = reader.read(PortableBackup.readVersion(rows, source), rows);
            content.readToEnd();
            return result;
        } catch (BackupSignature.Invalid e) {
            throw refusal(source, key);
        } catch (ZipException e) {
            throw notABackup(source);
        }
    }

    private static BackupSignature.Content open(Path source, char[] password, SiteKey key) throws IOException {
        boolean encrypted = FileEncryption.isEncrypted(source);
        return BackupSignature.reading(plain(source, password), key.mac(BackupSignature.PURPOSE),
                encrypted ? FileEncrypt.BLOCK_SIZE - 1 : 0);
    }

    /** The file, decrypted when it is encrypted (refused without a password or with a wrong one). */
    private static InputStream plain(Path source, char[] password) throws IOException {
        if (!FileEncryption.isEncrypted(source)) {
            return new BufferedInputStream(Files.newInputStream(source));
        }
        if (password == null) {
            throw new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " ist verschlüsselt. Bitte das"
                    + " Dateipasswort der Datenbank angeben, aus der sie stammt (Umgebungsvariable"
                    + " STADTLAGE_FILE_PASSWORD).", null);
        }
        // the cipher writes whole blocks after a header block: anything else was cut (and would decrypt to noise)
        if (Files.size(source) % FileEncrypt.BLOCK_SIZE != 0 || Files.size(source) <= FileEncrypt.BLOCK_SIZE) {
            throw cut(source);
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

    /**
     * Refuses, before any key is needed, a file that is no backup, an encrypted one without the password, and the
     * unsigned SQL backups of earlier versions.
     */
    static void checkKind(Path source, char[] password) throws IOException {
        String entry = firstEntry(source, password);
        if (entry != null && LEGACY_ENTRIES.contains(entry)) {
            throw new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " stammt von einer älteren"
                    + " Stadtlage-Version und ist nicht signiert. Aus Sicherheitsgründen stellt diese Version sie nicht"
                    + " wieder her (eine veränderte Sicherung dieser Art könnte Befehle ausführen). Bitte die Sicherung"
                    + " mit der Stadtlage-Version wiederherstellen, die sie geschrieben hat, und die Datenbank danach"
                    + " mit dieser Version öffnen: sie sichert sie dann signiert.", null);
        }
        if (!PortableBackup.ENTRY.equals(entry)) {
            throw notABackup(source);
        }
    }

    /** The signature does not match: the file was cut, edited, or signed with another database's key. */
    private static DatabaseException refusal(Path source, SiteKey key) {
        return new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " ist unvollständig, wurde verändert"
                + " oder ist nicht von dieser Datenbank signiert (geprüft mit der Schlüsseldatei " + key.file() + ")."
                + " Stammt die Sicherung von einer anderen Datenbank oder einem anderen Rechner, bitte deren"
                + " Schlüsseldatei angeben: restore DATEI --key-file SCHLÜSSELDATEI (oder Umgebungsvariable "
                + SiteKey.OVERRIDE_ENV + "). Sonst bitte eine andere Sicherung verwenden, z. B. aus dem Ordner"
                + " \"backups\" im Datenordner.", null);
    }

    /** The name of the file's first zip entry, or {@code null} when it is no zip. */
    private static String firstEntry(Path source, char[] password) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(plain(source, password))) {
            ZipEntry entry = zip.getNextEntry();
            return entry == null ? null : entry.getName();
        } catch (ZipException e) {
            return null;
        }
    }

    private static DatabaseException cut(Path source) {
        return new DatabaseException("Die Sicherung " + source.toAbsolutePath() + " ist unvollständig (die verschlüsselte"
                + " Datei endet mitten in einem Block). Bitte eine vollständige Sicherung verwenden, z. B. aus dem Ordner"
                + " \"backups\" im Datenordner.", null);
    }

    static DatabaseException notABackup(Path source) {
        return new DatabaseException("Die Datei " + source.toAbsolutePath() + " ist keine Stadtlage-Sicherung."
                + " Bitte eine Datei aus dem Ordner \"backups\" im Datenordner oder eine mit \"stadtlage backup\" erstellte Datei angeben.", null);
    }
}
