package de.stadtlage.access;

/** A member of the staff; leads carry the id of their subgroup. */
public record Person(Integer id, String login, String displayName, Organisation organisation,
                     String organisationUnit, Role role, Integer subgroupId, boolean active) {

    public static Person of(String displayName, Organisation organisation, String unit, Role role, Integer subgroupId) {
        return new Person(null, null, displayName, organisation, unit, role, subgroupId, true);
    }

    public Person withId(int newId) {
        return new Person(newId, login, displayName, organisation, organisationUnit, role, subgroupId, active);
    }
}
