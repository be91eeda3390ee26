package de.stadtlage.presentation;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.UserMessage;
import de.stadtlage.map.GeoPoint;
import de.stadtlage.map.MapView;
import de.stadtlage.meeting.AgendaItem;
import de.stadtlage.meeting.Meeting;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.LagePage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Lage page's button "Ansicht für Tagesordnung merken". */
public final class StoreViewAction {

    private StoreViewAction() {
    }

    public static void install(LagePage page, AppContext context, DialogService dialogs) {
        Button button = new Button(Messages.get("presentation.storeView"), new FontIcon(Material2AL.BOOKMARK));
        button.setId("lage-store-view");
        button.setDisable(!context.currentUser().canWriteMeetings());
        button.setOnAction(e -> store(page, context, dialogs));
        page.addTool(button);
    }

    static StoredMapView currentView(LagePage page) {
        MapView map = page.map();
        GeoPoint centre = map.toGeo(map.getWidth() / 2, map.getHeight() / 2);
        IncidentFilter filter = page.model().filter();
        String layer = page.model().modeProperty().get().name().toLowerCase(Locale.ROOT);
        return new StoredMapView(centre.lat(), centre.lon(), map.getViewport().metresPerPixel(), List.of(layer),
                filter.from(), filter.to().plusDays(1), filter.categories().stream().map(Enum::name).sorted().toList());
    }

    private static void store(LagePage page, AppContext context, DialogService dialogs) {
        StoredViewService service = new StoredViewService(context.database(), context.currentUser());
        Optional<Meeting> meeting = service.targetMeeting(LocalDate.now(context.clock()));
        if (meeting.isEmpty()) {
            dialogs.showInfo(Messages.get("presentation.storeView"), Messages.get("presentation.storeView.noMeeting"));
            return;
        }
        List<AgendaItem> agenda = service.agenda(meeting.get());
        List<String> titles = agenda.stream().map(a -> (a.position() + 1) + ". " + a.title()).toList();
        ChoiceDialog<String> choice = new ChoiceDialog<>(titles.isEmpty() ? null : titles.get(0), titles);
        choice.setTitle(Messages.get("presentation.storeView"));
        choice.setHeaderText(Messages.get("presentation.storeView.header", Formats.date(meeting.get().date()),
                Formats.isoWeek(meeting.get().date())));
        choice.showAndWait().map(titles::indexOf).filter(i -> i >= 0).map(agenda::get).ifPresent(item -> {
            try {
                service.store(meeting.get(), item, currentView(page));
                dialogs.showInfo(Messages.get("presentation.storeView"),
                        Messages.get("presentation.storeView.done", item.title()));
            } catch (UserMessage problem) {
                dialogs.showError(Messages.get("error.title"), problem.getMessage(), problem);
            }
        });
    }
}
