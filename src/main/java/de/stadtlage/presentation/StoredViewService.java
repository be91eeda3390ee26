package de.stadtlage.presentation;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.Formats;
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

    public void store(Meeting meeting, AgendaItem item, StoredMapView view) {
        if (!user.canWriteMeetings()) {
            throw new PermissionDeniedException("Kartenansichten für die Tagesordnung dürfen nur Vorsitz, Protokoll"
                    + " und Administration speichern.");
        }
        if (meeting.status() == MeetingStatus.ABGESCHLOSSEN) {
            throw new UserMessage("Die Sitzung vom " + Formats.date(meeting.date()) + " ist abgeschlossen; ihre"
                    + " Tagesordnung kann nicht mehr geändert werden.");
        }
        database.transaction(cfg -> {
            if (MeetingRepository.setMapView(cfg.dsl(), item.id(), view.toJson()) != 1) {
                throw new UserMessage("Der Tagesordnungspunkt „" + item.title() + "“ existiert nicht mehr. Bitte neu laden.");
            }
            AuditLog.append(cfg.dsl(), user.name(), "agenda_item", item.id(), "MAP_VIEW", item.mapViewJson(), view);
        });
    }
}
