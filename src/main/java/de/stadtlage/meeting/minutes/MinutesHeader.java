package de.stadtlage.meeting.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The meeting's identity on the first page. Times, place and people may be null while a meeting is only planned.
 *
 * @param closed whether the meeting was closed (frozen); open meetings print as a draft
 */
public record MinutesHeader(
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String place,
        String chair,
        String minuteTaker,
        boolean closed) {

    public MinutesHeader {
        Objects.requireNonNull(date, "date");
    }
}
