package de.stadtlage.situation;

import de.stadtlage.situation.hotspot.HotspotSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Lage page: the filter (time window, categories, sources), the map mode, and the
 * result of the last computation. Every change restarts the {@link LageService}.
 */
public final class LageViewModel {

    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", TimeWindow.THIS_WEEK);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<IncidentCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<IncidentSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<MapMode> mode = new SimpleObjectProperty<>(this, "mode", MapMode.KDE);
    private final ReadOnlyObjectWrapper<LageResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final LageService service;
    private final IncidentEntryService entries;
    private LocalDate anchor;
    private boolean adjusting;

    public LageViewModel(HotspotQuery query, Supplier<List<Area>> areas, IncidentEntryService entries,
                         LocalDate latestIncidentDay, Executor executor) {
        this.entries = entries;
        this.anchor = latestIncidentDay;
        this.service = new LageService(query, areas, this::filter, this::settings);
        service.setExecutor(executor);
        service.setOnSucceeded(e -> result.set(service.getValue()));
        applyWindow();
        window.addListener((obs, o, n) -> applyWindow());
        from.addListener((obs, o, n) -> datesEdited());
        to.addListener((obs, o, n) -> datesEdited());
        categories.addListener((javafx.collections.ListChangeListener<IncidentCategory>) c -> reload());
        sources.addListener((javafx.collections.ListChangeListener<IncidentSource>) c -> reload());
        mode.addListener((obs, o, n) -> reload());
    }

    /** The current filter; an inverted custom range is read as the single day "from". */
    public IncidentFilter filter() {
        LocalDate f = from.get();
        LocalDate t = to.get().isBefore(f) ? f : to.get();
        return new IncidentFilter(f, t, java.util.Set.copyOf(categories), java.util.Set.copyOf(sources));
    }

    HotspotSettings settings() {
        return HotspotSettings.defaults().withMethod(mode.get().method());
    }

    public void reload() {
        if (!adjusting) {
            service.restart();
        }
    }

    private void applyWindow() {
        if (window.get() == TimeWindow.CUSTOM) {
            return;
        }
        IncidentFilter f = window.get().apply(IncidentFilter.weekOf(anchor), anchor);
        adjusting = true;
        from.set(f.from());
        to.set(f.to());
        adjusting = false;
        reload();
    }

    private void datesEdited() {
        if (!adjusting && from.get() != null && to.get() != null) {
            window.set(TimeWindow.CUSTOM);
            reload();
        }
    }

    /** Mondays of the weeks the playback steps through: the eight weeks up to the newest incident. */
    public List<LocalDate> playbackWeeks() {
        LocalDate last = IncidentFilter.weekOf(anchor).from();
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 7; i >= 0; i--) {
            weeks.add(last.minusWeeks(i));
        }
        return weeks;
    }

    /** Shows one week (playback). */
    public void showWeek(LocalDate monday) {
        adjusting = true;
        from.set(monday);
        to.set(monday.plusDays(6));
        window.set(TimeWindow.CUSTOM);
        adjusting = false;
        reload();
    }

    /** Corrects an incident (time, category, source, place, note) and recomputes. */
    public void update(Incident incident) {
        entries.update(incident);
        reload();
    }

    public void delete(long id) {
        entries.delete(id);
        reload();
    }

    /** Saves a new incident and recomputes; a newer incident moves "this week" forward. */
    public void record(Incident incident) {
        entries.record(incident);
        if (incident.occurredAt().toLocalDate().isAfter(anchor)) {
            anchor = incident.occurredAt().toLocalDate();
        }
        reload();
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<IncidentCategory> getCategories() {
        return categories;
    }

    public ObservableList<IncidentSource> getSources() {
        return sources;
    }

    public ObjectProperty<MapMode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<LageResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return service.runningProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return service.exceptionProperty();
    }
}
