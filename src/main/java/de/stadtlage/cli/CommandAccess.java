package de.stadtlage.cli;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;

/** Role checks of commands that are not a feature's service (backup and restore of the whole database). */
final class CommandAccess {

    private CommandAccess() {
    }

    static void requireDatabaseAdministration(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new PermissionDeniedException("Sichern und Wiederherstellen der ganzen Datenbank darf nur die"
                    + " Administration. Bitte mit --user als Administrator anmelden.");
        }
    }
}
