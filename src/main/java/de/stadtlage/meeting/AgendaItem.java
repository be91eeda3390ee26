package de.stadtlage.meeting;

/**
 * One item of a meeting's agenda; subgroup items carry their subgroup. {@code version} counts the changes of the
 * notes, so notes saved from an outdated item do not overwrite someone else's.
 */
public record AgendaItem(Integer id, int meetingId, int position, AgendaKind kind, Integer subgroupId,
                         String title, String notes, String mapViewJson, int version) {

    /** An item as planned, before it is stored. */
    public AgendaItem(Integer id, int meetingId, int position, AgendaKind kind, Integer subgroupId, String title,
                      String notes, String mapViewJson) {
        this(id, meetingId, position, kind, subgroupId, title, notes, mapViewJson, 0);
    }
}
