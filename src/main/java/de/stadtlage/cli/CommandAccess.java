package de.stadtlage.cli;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Permissions;
import de.stadtlage.access.Role;

/** Role checks of commands that are not a feature's service (backup and restore, the audit log's checks). */
final class CommandAccess {

    private CommandAccess() {
    }

    static void requireDatabaseAdministration(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new PermissionDeniedException("Sichern und Wiederherstellen der ganzen Datenbank darf nur die"
                    + " Administration. Bitte mit --user als Administrator anmelden.");
        }
    }

    /** The same rule as the admin's log window: once there is an admin, only an admin reads the audit log. */
    static void requireAuditLogReader(CurrentUser user) {
        if (!Permissions.mayReadAuditLog(user)) {
            throw new PermissionDeniedException("Das Änderungsprotokoll prüfen und seine Prüfanker lesen darf nur die"
                    + " Administration. Bitte mit --user als Administrator anmelden.");
        }
    }
}
