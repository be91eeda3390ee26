package de.stadtlage.meeting;

/** A decision taken under an agenda item. */
public record Decision(Integer id, int meetingId, Integer agendaItemId, String text) {
}
