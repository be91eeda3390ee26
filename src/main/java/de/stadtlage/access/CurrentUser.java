package de.stadtlage.access;

/**
 * Who is working right now: the person who logged in (or, on a database without an admin, the name and role
 * from the user's settings). The services check every write against it; {@link Permissions} has the rules.
 */
public record CurrentUser(String name, Role role, Integer subgroupId) {

    /** The command line and first start act as administrator of a database that has none. */
    public static CurrentUser system() {
        return new CurrentUser("System", Role.ADMIN, null);
    }

    public boolean canWriteSubgroup(int subgroup) {
        return switch (role) {
            case VORSITZ, ADMIN -> true;
            case UNTERGRUPPENLEITUNG -> subgroupId != null && subgroupId == subgroup;
            case PROTOKOLL, LESEND -> false;
        };
    }

    public boolean canWriteMeetings() {
        return role == Role.VORSITZ || role == Role.ADMIN || role == Role.PROTOKOLL;
    }

    public boolean canWriteSituation() {
        return role == Role.VORSITZ || role == Role.ADMIN;
    }

    public boolean canWriteActionItems() {
        return canWriteMeetings();
    }

    public boolean canWriteIncidents() {
        return canWriteSituation();
    }

    public boolean canWriteKeyFigures() {
        return canWriteSituation();
    }

    /** People, logins and passwords: the admin only. */
    public boolean canManagePeople() {
        return role == Role.ADMIN;
    }

    /** Whether this person may do a write of {@code kind} (for tasks: on the board of {@code subgroupId}). */
    public boolean may(WriteKind kind, Integer subgroupId) {
        return Permissions.allows(this, kind, subgroupId);
    }
}
