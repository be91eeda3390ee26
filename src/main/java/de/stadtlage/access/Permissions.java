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
}
