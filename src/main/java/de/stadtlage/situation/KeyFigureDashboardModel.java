package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** State of the key-figure dashboard: the trends, the one selected for the charts, loading and errors. */
public final class KeyFigureDashboardModel {

    private final KeyFigureService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<KeyFigureTrend> trends = FXCollections.observableArrayList();
    private final ObjectProperty<KeyFigureTrend> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /** Today by the app's clock: the editor proposes this week. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public KeyFigureDashboardModel(KeyFigureService service, TaskRunner runner, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
    }

    /** Loads the trends in the background and keeps the selection on the same metric and source. */
    public void load() {
        loading.set(true);
        Task<List<KeyFigureTrend>> task = new Task<>() {
            @Override
            protected List<KeyFigureTrend> call() {
                return service.trends();
            }
        };
        task.setOnSucceeded(e -> {
            loading.set(false);
            KeyFigureTrend before = selected.get();
            trends.setAll(task.getValue());
            selected.set(trends.stream().filter(t -> before != null && t.metric().equals(before.metric())
                    && t.source().equals(before.source())).findFirst().orElse(trends.isEmpty() ? null : trends.get(0)));
            message.set(trends.isEmpty() ? Messages.get("figures.empty") : "");
        });
        task.setOnFailed(e -> {
            loading.set(false);
            message.set(task.getException().getMessage());
        });
        runner.run(task);
    }

    /** "Aktuelle Woche: KW 48/2026". */
    public String currentWeekText() {
        return Messages.get("figures.currentWeek", Formats.isoWeek(LocalDate.now(clock)));
    }

    /** Whether a trend's latest figure is for the current ISO week. */
    public boolean isCurrentWeek(KeyFigureTrend trend) {
        LocalDate[] week = KeyFigureService.isoWeek(LocalDate.now(clock));
        return trend.current().periodStart().equals(week[0]) && trend.current().periodEnd().equals(week[1]);
    }

    public boolean canWrite() {
        return service.canWrite();
    }

    public KeyFigureService service() {
        return service;
    }

    public ObservableList<KeyFigureTrend> trends() {
        return trends;
    }

    public ObjectProperty<KeyFigureTrend> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
