package de.stadtlage.meeting;

import java.time.LocalTime;

/** The editable head of a meeting's record: times, place, chair and minute-taker (each may be empty). */
public record MeetingHeader(LocalTime start, LocalTime end, String place, String chair, String minuteTaker) {

    public MeetingHeader {
        place = MeetingService.blankToNull(place);
        chair = MeetingService.blankToNull(chair);
        minuteTaker = MeetingService.blankToNull(minuteTaker);
    }

    public static MeetingHeader of(Meeting meeting) {
        return new MeetingHeader(meeting.startTime(), meeting.endTime(), meeting.place(), meeting.chair(),
                meeting.minuteTaker());
    }
}
