package de.stadtlage.situation;

import de.stadtlage.common.ConflictException;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State of the key-figure editor: the table of figures, the form for one figure (metric, source, period, value),
 * and the commands save, delete, add metric and CSV import.
 */
public final class KeyFigureEditorModel {

    private final KeyFigureService service;
    private final TaskRunner runner;
    private final Function<Path, Integer> csvImport;
    private final ObservableList<KeyFigure> figures = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final StringProperty metric = new SimpleStringProperty(this, "metric");
    private final StringProperty source = new SimpleStringProperty(this, "source", "Polizei");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final LocalDate today;

    public KeyFigureEditorModel(KeyFigureService service, TaskRunner runner, Function<Path, Integer> csvImport,
                                LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.csvImport = csvImport;
        this.today = today;
        useWeekOf(today);
    }

    public void load() {
        run(() -> new Lists(service.figures(), service.metrics().stream().map(Metric::name).toList()), lists -> {
            figures.setAll(lists.figures());
            metrics.setAll(lists.metrics());
            if (metric.get() == null && !metrics.isEmpty()) {
                metric.set(metrics.get(0));
            }
        });
    }

    /** Sets the period to the Monday–Sunday week of {@code day}. */
    public void useWeekOf(LocalDate day) {
        LocalDate[] week = KeyFigureService.isoWeek(day == null ? today : day);
        from.set(week[0]);
        to.set(week[1]);
    }

    /** Fills the form from a figure of the table, to change its value. */
    public void edit(KeyFigure figure) {
        if (figure != null) {
            metric.set(figure.metric());
            source.set(figure.source());
            from.set(figure.periodStart());
            to.set(figure.periodEnd());
            value.set(figure.value().stripTrailingZeros().toPlainString().replace('.', ','));
            note.set(figure.note() == null ? "" : figure.note());
        }
    }

    public void save() {
        BigDecimal number = parse(value.get());
        if (number == null) {
            message.set(Messages.get("figures.valueInvalid"));
            return;
        }
        String cleanSource = source.get() == null ? "" : source.get().strip();
        // The figure for this metric, source and period as the table shows it: the state the save starts from.
        KeyFigure seen = figures.stream().filter(f -> f.metric().equals(metric.get()) && f.source().equals(cleanSource)
                && f.periodStart().equals(from.get()) && f.periodEnd().equals(to.get())).findFirst().orElse(null);
        KeyFigure figure = new KeyFigure(seen == null ? null : seen.id(), metric.get(), cleanSource, from.get(),
                to.get(), number, note.get() == null || note.get().isBlank() ? null : note.get().strip(),
                seen == null ? 0 : seen.version());
        run(() -> {
            service.save(figure);
            return Messages.get("figures.saved", figure.metric(), KeyFigureTrend.periodLabel(figure));
        }, this::reloadWith);
    }

    public void delete(KeyFigure figure) {
        if (figure != null) {
            run(() -> {
                service.delete(figure);
                return Messages.get("figures.deleted", figure.metric(), KeyFigureTrend.periodLabel(figure));
            }, this::reloadWith);
        }
    }

    public void addMetric(String name) {
        run(() -> Messages.get("figures.metricAdded", service.addMetric(name, null).name()), this::reloadWith);
    }

    public void importCsv(Path file) {
        run(() -> Messages.get("figures.imported", csvImport.apply(file), file.getFileName()), this::reloadWith);
    }

    private void reloadWith(String text) {
        load();
        message.set(text);
    }

    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(" ", "");
        plain = plain.matches("^\\d{1,3}(\\.\\d{3})+(,\\d+)?$") ? plain.replace(".", "").replace(',', '.') : plain.replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            message.set(task.getException().getMessage());
            if (task.getException() instanceof ConflictException) {
                load(); // someone else saved meanwhile: the table shows what is stored now
            }
        });
        runner.run(task);
    }

    private record Lists(List<KeyFigure> figures, List<String> metrics) {
    }

    public boolean canWrite() {
        return service.canWrite();
    }

    public ObservableList<KeyFigure> figures() {
        return figures;
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public StringProperty metricProperty() {
        return metric;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
