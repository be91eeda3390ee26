package de.stadtlage.actions;

import java.time.Instant;
import java.time.LocalDate;

/** A Maßnahme decided in a meeting: who does what by when. Open items carry over until closed. */
public record ActionItem(Integer id, int originMeetingId, Integer decisionId, Integer subgroupId, String title,
                         String owner, LocalDate dueDate, ActionStatus status, String statusReason,
                         Instant closedAt, int version) {

    public static ActionItem open(int meetingId, Integer decisionId, Integer subgroupId, String title, String owner,
                                  LocalDate due) {
        return new ActionItem(null, meetingId, decisionId, subgroupId, title, owner, due, ActionStatus.OFFEN, null,
                null, 0);
    }
}
