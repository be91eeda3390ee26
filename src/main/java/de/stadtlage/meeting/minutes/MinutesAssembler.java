package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers everything for the minutes of one meeting. A closed meeting prints its frozen snapshot (figures, boards,
 * action items as they were at closing); an open one prints the live state and is marked as a draft.
 */
public final class MinutesAssembler {

    private final MinutesRepository meetings;
    private final SnapshotBuilder snapshots;
    private final MapImageSource maps;
    private final Supplier<String> marking;

    public MinutesAssembler(MinutesRepository meetings, StatusQueries status, MapImageSource maps,
                            Supplier<String> marking) {
        this.meetings = meetings;
        this.snapshots = new SnapshotBuilder(status);
        this.maps = maps;
        this.marking = marking;
    }

    /** The live snapshot of a meeting (what closing will freeze). */
    public MeetingSnapshot liveSnapshot(MeetingRow meeting) {
        return snapshots.build(meeting.id(), meeting.header().date(), meetings.meetingDates());
    }

    public MinutesDocument assemble(MeetingRow meeting) {
        LocalDate date = meeting.header().date();
        MeetingSnapshot snapshot = meeting.header().closed() && meeting.snapshot() != null
                ? MeetingSnapshot.fromJson(meeting.snapshot())
                : liveSnapshot(meeting);
        IsoWeek reported = IsoWeek.reportedAt(date);
        byte[] map = maps.render(reported.firstDay(), reported.endExclusive()).orElse(null);
        if (map != null) {
            snapshot = snapshot.withMap(map);
        }
        return new MinutesDocument(meeting.header(), meetings.attendees(meeting.id()), snapshot.situation(),
                snapshot.subgroups(), meetings.agenda(meeting.id()), snapshot.actions(), nextMeeting(date),
                meetings.addenda(meeting.id()), marking.get());
    }

    /** The next meeting in the database, otherwise the proposed one a week later. */
    private LocalDate nextMeeting(LocalDate date) {
        List<LocalDate> dates = meetings.meetingDates();
        return dates.stream().filter(d -> d.isAfter(date)).findFirst().orElse(date.plusWeeks(1));
    }
}
