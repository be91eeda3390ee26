package de.stadtlage.meeting;

import de.stadtlage.access.Organisation;

/** Someone at a meeting: a person of the staff or a guest by name. */
public record Attendance(Integer id, int meetingId, Integer personId, String guestName, Organisation organisation,
                         boolean present) {
}
