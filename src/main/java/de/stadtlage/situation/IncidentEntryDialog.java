package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** "Vorfall hier erfassen" (prefilled with the clicked position) and "Vorfall bearbeiten". */
final class IncidentEntryDialog extends Dialog<Incident> {

    private final ComboBox<IncidentCategory> category = choice(IncidentCategory.values(), IncidentCategory::label);
    private final ComboBox<IncidentSource> source = choice(IncidentSource.values(), IncidentSource::label);
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final TextField place = new TextField();
    private final TextArea note = new TextArea();

    IncidentEntryDialog(double lat, double lon) {
        this(new Incident(null, LocalDateTime.now().withSecond(0).withNano(0), IncidentCategory.DROGENKONSUM,
                IncidentSource.KOD, lat, lon, null, 1, null, false, null), false);
    }

    /** Edits an existing incident; the position stays (move it by deleting and recording anew). */
    IncidentEntryDialog(Incident existing) {
        this(existing, true);
    }

    private IncidentEntryDialog(Incident base, boolean editing) {
        setTitle(Messages.get(editing ? "lage.edit.title" : "lage.record.title"));
        setHeaderText(Messages.get("lage.record.header", String.format(Locale.ROOT, "%.5f", base.latitude()),
                String.format(Locale.ROOT, "%.5f", base.longitude())));
        category.setValue(base.category());
        source.setValue(base.source());
        date.setValue(base.occurredAt().toLocalDate());
        time.setText(base.occurredAt().toLocalTime().withSecond(0).withNano(0).toString());
        place.setText(base.place() == null ? "" : base.place());
        note.setText(base.note() == null ? "" : base.note());
        note.setPrefRowCount(3);
        getDialogPane().setContent(form());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                category.valueProperty().isNull().or(source.valueProperty().isNull()).or(date.valueProperty().isNull())
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> parseTime(time.getText()) == null,
                                time.textProperty())));
        setResultConverter(button -> button == ButtonType.OK ? result(base) : null);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("lage.record.category")), category);
        grid.addRow(1, new Label(Messages.get("lage.record.source")), source);
        grid.addRow(2, new Label(Messages.get("lage.record.date")), date);
        grid.addRow(3, new Label(Messages.get("lage.record.time")), time);
        grid.addRow(4, new Label(Messages.get("lage.record.place")), place);
        grid.addRow(5, new Label(Messages.get("lage.record.note")), note);
        return grid;
    }

    private Incident result(Incident base) {
        return new Incident(base.id(), LocalDateTime.of(date.getValue(), parseTime(time.getText())),
                category.getValue(), source.getValue(), base.latitude(), base.longitude(), blankToNull(place.getText()),
                base.count(), blankToNull(note.getText()), base.approximate(), base.importBatchId());
    }

    private static <T> ComboBox<T> choice(T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices only");
            }
        });
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The time as typed ("9:05" or "09:05"), or null while it cannot be read (OK stays disabled). */
    static LocalTime parseTime(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
