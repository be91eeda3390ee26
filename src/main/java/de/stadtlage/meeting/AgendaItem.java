package de.stadtlage.meeting;

/** One item of a meeting's agenda; subgroup items carry their subgroup. */
public record AgendaItem(Integer id, int meetingId, int position, AgendaKind kind, Integer subgroupId,
                         String title, String notes, String mapViewJson) {
}
