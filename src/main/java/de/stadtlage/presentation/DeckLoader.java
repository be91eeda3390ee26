package de.stadtlage.presentation;

import de.stadtlage.app.AppContext;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.boards.TaskStatus;
import de.stadtlage.meeting.AgendaItem;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.meeting.minutes.MinutesAssembler;
import de.stadtlage.meeting.minutes.MinutesDocument;
import de.stadtlage.meeting.minutes.MinutesRepository;
import de.stadtlage.meeting.minutes.MinutesRepository.MeetingRow;
import de.stadtlage.meeting.minutes.StatusQueries;
import de.stadtlage.persistence.ChangeSignature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the deck shows for one meeting from the database (off the FX thread). */
public final class DeckLoader {

    private final AppContext context;
    private final PresentationSources sources;

    public DeckLoader(AppContext context, PresentationSources sources) {
        this.context = context;
        this.sources = sources;
    }

    /** The meeting to present by default: the next one from today, else the latest. */
    public Optional<LocalDate> defaultMeetingDate(LocalDate today) {
        List<LocalDate> dates = new MinutesRepository(context.database().dsl()).meetingDates();
        return dates.stream().filter(d -> !d.isBefore(today)).findFirst()
                .or(() -> dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)));
    }

    public List<LocalDate> meetingDates() {
        return new MinutesRepository(context.database().dsl()).meetingDates();
    }

    /**
     * The deck with the database's change signature read before it, so a change made while it loads shows on the
     * next refresh; empty when there is no meeting on that day.
     */
    public Optional<Deck> loadDeck(LocalDate meetingDate) {
        String signature = ChangeSignature.of(context.database().dsl());
        return load(meetingDate).map(slides -> new Deck(slides, signature));
    }

    public Optional<List<Slide>> load(LocalDate meetingDate) {
        MinutesRepository meetings = new MinutesRepository(context.database().dsl());
        Optional<MeetingRow> row = meetings.meetingOn(meetingDate);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        MinutesAssembler assembler = new MinutesAssembler(meetings, new StatusQueries(context.database().dsl()),
                MapImageSource.NONE, () -> MinutesDocument.DEFAULT_MARKING);
        MinutesDocument minutes = assembler.assemble(row.get());
        int number = (int) meetings.meetingDates().stream().filter(d -> !d.isAfter(meetingDate)).count();
        DeckInput input = new DeckInput(minutes, number, boardCounts(), storedViews(row.get().id()), sources);
        return Optional.of(SlideDeckBuilder.build(input));
    }

    /** The slides of one meeting and the {@link ChangeSignature} of the data they were built from. */
    public record Deck(List<Slide> slides, String signature) {

        public static final Deck NONE = new Deck(List.of(), "");

        public Deck {
            slides = List.copyOf(slides);
        }
    }

    private List<DeckInput.BoardCounts> boardCounts() {
        List<DeckInput.BoardCounts> counts = new ArrayList<>();
        for (Subgroup subgroup : context.subgroups().list()) {
            Map<TaskStatus, Integer> byStatus = context.tasks().countByStatus(subgroup.id());
            counts.add(new DeckInput.BoardCounts(subgroup.code(), byStatus.get(TaskStatus.OFFEN),
                    byStatus.get(TaskStatus.IN_ARBEIT), byStatus.get(TaskStatus.BLOCKIERT), byStatus.get(TaskStatus.ERLEDIGT)));
        }
        return counts;
    }

    private List<DeckInput.StoredView> storedViews(int meetingId) {
        List<DeckInput.StoredView> views = new ArrayList<>();
        for (AgendaItem item : context.meetings().agenda(meetingId)) {
            if (item.mapViewJson() != null && !item.mapViewJson().isBlank()) {
                views.add(new DeckInput.StoredView(item.title(), StoredMapView.fromJson(item.mapViewJson())));
            }
        }
        return views;
    }
}
