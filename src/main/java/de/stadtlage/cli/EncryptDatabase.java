package de.stadtlage.cli;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code stadtlage [--db FILE] --encrypt}: turns a plain H2 file into an encrypted one (password from
 * {@code STADTLAGE_FILE_PASSWORD}). An administrator's job once the database has one; a backup, encrypted with the
 * new password, comes first.
 */
final class EncryptDatabase {

    private EncryptDatabase() {
    }

    static int run(StadtlageCommand root, PrintWriter out) {
        DatabaseLocation plain = root.plainLocation();
        if (!plain.isH2File()) {
            throw new UserMessage("--encrypt gilt nur für H2-Dateien; eine Server-Datenbank schützt der Server.");
        }
        if (!Files.isRegularFile(plain.file())) {
            throw new UserMessage("Die Datenbankdatei " + plain.display() + " gibt es nicht. Bitte den Pfad prüfen.");
        }
        if (FileEncryption.isEncrypted(plain)) {
            throw new UserMessage("Die Datenbankdatei " + plain.display() + " ist bereits verschlüsselt.");
        }
        char[] password = root.filePassword();
        if (password == null) {
            throw new UserMessage("Bitte das neue Dateipasswort in der Umgebungsvariablen "
                    + StadtlageCommand.FILE_PASSWORD_VARIABLE + " setzen (nicht auf der Befehlszeile, dort wäre es"
                    + " für andere sichtbar).");
        }
        try {
            FileEncryption.checkNewPassword(password);
            FileEncryption.checkNotInUse(plain);
            Prepared prepared = backUp(root, plain, password);
            FileEncryption.encrypt(plain, password);
            try (Database encrypted = Database.open(plain.withFilePassword(password))) {
                encrypted.transaction(cfg -> AuditLog.append(cfg.dsl(), prepared.user().name(), "database", null,
                        "ENCRYPTED", null, Map.of("file", plain.display())));
            }
            out.println("Die Datenbank " + plain.display() + " ist jetzt verschlüsselt. Die Sicherung von vorher"
                    + " (ebenfalls verschlüsselt) liegt in " + prepared.backup() + ". Ab jetzt fragt die Oberfläche beim Start"
                    + " nach dem Dateipasswort; Befehle lesen es aus " + StadtlageCommand.FILE_PASSWORD_VARIABLE
                    + ". Ältere Sicherungen im Ordner \"backups\" sind unverschlüsselt.");
            return ExitCodes.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Checks who asks (the admin, once there is one) and writes the backup before the conversion. */
    private static Prepared backUp(StadtlageCommand root, DatabaseLocation plain, char[] password) {
        try (Database database = Database.open(plain)) {
            CurrentUser user = CommandLogin.login(database, root.user(), root.environment);
            CommandAccess.requireDatabaseAdministration(user);
            Path backup = database.backups().newFile(plain, "vor-verschluesselung");
            database.backupTo(backup, password);
            return new Prepared(user, backup);
        }
    }

    private record Prepared(CurrentUser user, Path backup) {
    }
}
