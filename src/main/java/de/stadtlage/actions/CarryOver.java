package de.stadtlage.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How long an open action item has been carried over, counted in meetings rather than days: the Sonderstab
 * meets weekly, but a meeting may be cancelled, and "two meetings overdue" is what the chair cares about.
 *
 * @param meetingsOpen    meetings held after the origin meeting up to and including the one looked at
 * @param meetingsOverdue meetings held after the due date up to and including the one looked at
 */
public record CarryOver(int meetingsOpen, int meetingsOverdue) {

    /** From this many overdue meetings on, an item is escalated to the chair and listed first. */
    public static final int ESCALATION_THRESHOLD = 2;

    /**
     * Computes the carry-over of an item at a meeting.
     *
     * @param meetingDates all meeting dates, in any order
     * @param origin       the date of the meeting that decided the item
     * @param due          the due date, or null
     * @param at           the date of the meeting looked at
     */
    public static CarryOver at(List<LocalDate> meetingDates, LocalDate origin, LocalDate due, LocalDate at) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
        int open = 0;
        int overdue = 0;
        for (LocalDate date : meetingDates) {
            if (date.isAfter(at)) {
                continue;
            }
            if (date.isAfter(origin)) {
                open++;
            }
            if (due != null && date.isAfter(due)) {
                overdue++;
            }
        }
        return new CarryOver(open, overdue);
    }

    public boolean escalated() {
        return meetingsOverdue >= ESCALATION_THRESHOLD;
    }

    public boolean overdue() {
        return meetingsOverdue > 0;
    }
}
