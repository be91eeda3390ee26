package de.stadtlage.presentation;

import de.stadtlage.meeting.minutes.MinutesDocument;
import java.util.List;

/**
 * Everything the deck is built from: the meeting's content (the same as the minutes), live board counts, the
 * stored map views of agenda items, and the map feature's images.
 */
public record DeckInput(MinutesDocument minutes, int meetingNumber, List<BoardCounts> boardCounts,
                        List<StoredView> storedViews, PresentationSources sources) {

    public DeckInput {
        boardCounts = List.copyOf(boardCounts);
        storedViews = List.copyOf(storedViews);
        sources = sources == null ? PresentationSources.NONE : sources;
    }

    /** Live counts of one board's columns. */
    public record BoardCounts(String code, int open, int inProgress, int blocked, int done) {
    }

    /** A map view stored on an agenda item. */
    public record StoredView(String agendaTitle, StoredMapView view) {
    }
}
