package de.stadtlage.access;

/**
 * Who is working right now. Until login exists the name and role come from the user's settings; the services
 * already check every write against it.
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
}
