package de.stadtlage.access;

/** The one place that says which role may write what; services call {@link #require} before every write. */
public final class Permissions {

    private Permissions() {
    }

    /**
     * Vorsitz and Admin everything (people: Admin only); Protokoll meetings and action items; Untergruppenleitung
     * the tasks of its own subgroup; Lesend nothing.
     */
    public static boolean allows(CurrentUser user, WriteKind kind, Integer subgroupId) {
        return switch (kind) {
            case BOARD_TASKS -> subgroupId != null && user.canWriteSubgroup(subgroupId);
            case ACTION_ITEMS, MEETINGS -> user.canWriteMeetings();
            case INCIDENTS, KEY_FIGURES -> user.canWriteSituation();
            case PEOPLE -> user.role() == Role.ADMIN;
        };
    }

    /** @throws PermissionDeniedException with a German sentence when the role does not allow the write */
    public static void require(CurrentUser user, WriteKind kind, Integer subgroupId) {
        if (!allows(user, kind, subgroupId)) {
            throw new PermissionDeniedException(user.name() + " (" + user.role().label() + ") darf "
                    + kind.german() + " nicht ändern. Bitte wenden Sie sich an den Vorsitz oder die Administration.");
        }
    }

    /**
     * Reading the audit log: the admin only. It contains the people area (roles, logins, wrong passwords), which
     * is the admin's alone, so the Vorsitz, who may write everything else, does not read it either.
     */
    public static boolean mayReadAuditLog(CurrentUser user) {
        return user != null && user.role() == Role.ADMIN;
    }

    /** @throws PermissionDeniedException with a German sentence when the role may not read the audit log */
    public static void requireAuditLogReader(CurrentUser user) {
        if (!mayReadAuditLog(user)) {
            throw new PermissionDeniedException((user == null ? "Niemand" : user.name() + " ("
                    + user.role().label() + ")") + " darf das Änderungsprotokoll nicht einsehen. Bitte wenden Sie"
                    + " sich an die Administration.");
        }
    }
}
