package de.stadtlage.testing;

import de.stadtlage.access.AuditLog;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.WrongFilePasswordException;
import java.nio.file.Path;

/** A second app instance on an encrypted file: prints the audit entries it sees, or that the password is wrong. */
public final class EncryptedFileReader {

    private EncryptedFileReader() {
    }

    public static void main(String[] args) {
        DatabaseLocation location = DatabaseLocation.h2File(Path.of(args[0])).shared()
                .withFilePassword(args[1].toCharArray());
        try (Database db = Database.open(location)) {
            System.out.println("AUDIT " + AuditLog.verify(db.dsl()).intact() + " "
                    + db.dsl().fetchCount(de.stadtlage.persistence.jooq.Tables.AUDIT_LOG));
        } catch (WrongFilePasswordException e) {
            System.out.println("WRONG " + e.getMessage());
        }
    }
}
