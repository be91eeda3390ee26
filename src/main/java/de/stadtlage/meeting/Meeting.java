package de.stadtlage.meeting;

import de.stadtlage.common.Formats;
import java.time.LocalDate;
import java.time.LocalTime;

/** A weekly meeting of the staff. */
public record Meeting(Integer id, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                      String chair, String minuteTaker, MeetingStatus status, int version) {

    public static Meeting planned(LocalDate date, LocalTime start, String place) {
        return new Meeting(null, date, start, null, place, null, null, MeetingStatus.GEPLANT, 0);
    }

    /** "KW 36/2023". */
    public String isoWeekLabel() {
        return Formats.isoWeek(date);
    }
}
