package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** "Vorfall hier erfassen": a form prefilled with the clicked position. */
final class IncidentEntryDialog extends Dialog<Incident> {

    IncidentEntryDialog(double lat, double lon) {
        this(new Incident(null, LocalDateTime.now().withSecond(0).withNano(0), IncidentCategory.DROGENKONSUM,
                IncidentSource.KOD, lat, lon, null, 1, null, false, null), false);
    }

    /** Edits an existing incident; the position stays (move it by deleting and recording anew). */
    IncidentEntryDialog(Incident existing) {
        this(existing, true);
    }

    private IncidentEntryDialog(Incident base, boolean editing) {
        double lat = base.latitude();
        double lon = base.longitude();
        setTitle(Messages.get(editing ? "lage.edit.title" : "lage.record.title"));
        setHeaderText(Messages.get("lage.record.header", String.format(Locale.ROOT, "%.5f", lat),
                String.format(Locale.ROOT, "%.5f", lon)));
        ComboBox<IncidentCategory> category = new ComboBox<>();
        category.getItems().setAll(IncidentCategory.values());
        category.setValue(base.category());
        category.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(IncidentCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public IncidentCategory fromString(String s) {
                return null;
            }
        });
        ComboBox<IncidentSource> source = new ComboBox<>();
        source.getItems().setAll(IncidentSource.values());
        source.setValue(base.source());
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(IncidentSource s) {
                return s == null ? "" : s.label();
            }

            @Override
            public IncidentSource fromString(String s) {
                return null;
            }
        });
        DatePicker date = new DatePicker(base.occurredAt().toLocalDate());
        TextField time = new TextField(base.occurredAt().toLocalTime().withSecond(0).withNano(0).toString());
        TextField place = new TextField(base.place() == null ? "" : base.place());
        TextArea note = new TextArea(base.note() == null ? "" : base.note());
        note.setPrefRowCount(3);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("lage.record.category")), category);
        grid.addRow(1, new Label(Messages.get("lage.record.source")), source);
        grid.addRow(2, new Label(Messages.get("lage.record.date")), date);
        grid.addRow(3, new Label(Messages.get("lage.record.time")), time);
        grid.addRow(4, new Label(Messages.get("lage.record.place")), place);
        grid.addRow(5, new Label(Messages.get("lage.record.note")), note);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                category.valueProperty().isNull().or(source.valueProperty().isNull()).or(date.valueProperty().isNull()));
        setResultConverter(button -> button != ButtonType.OK ? null : new Incident(base.id(),
                LocalDateTime.of(date.getValue(), parseTime(time.getText())), category.getValue(), source.getValue(),
                lat, lon, place.getText().isBlank() ? null : place.getText().strip(), base.count(),
                note.getText().isBlank() ? null : note.getText().strip(), base.approximate(), base.importBatchId()));
    }

    /** An unreadable time falls back to midnight rather than losing the whole entry. */
    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return LocalTime.MIDNIGHT;
        }
    }
}
