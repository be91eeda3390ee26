package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.GermanDateConverter;
import de.stadtlage.common.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * "Vorfall hier erfassen" (prefilled with the clicked position) and "Vorfall bearbeiten". A count below 1, a date
 * after today or a position off the map keep OK disabled and say why; {@link IncidentEntryService} refuses the
 * same for any other caller.
 */
final class IncidentEntryDialog extends Dialog<Incident> {

    private final ComboBox<IncidentCategory> category = choice(IncidentCategory.values(), IncidentCategory::label);
    private final ComboBox<IncidentSource> source = choice(IncidentSource.values(), IncidentSource::label);
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final TextField count = new TextField();
    private final TextField position = new TextField();
    private final TextField place = new TextField();
    private final TextArea note = new TextArea();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label problems = new Label();

    /** A new incident at the clicked position; {@code now} is the app clock's time, the proposed time. */
    IncidentEntryDialog(double lat, double lon, LocalDateTime now) {
        this(new Incident(null, now.withSecond(0).withNano(0), IncidentCategory.DROGENKONSUM,
                IncidentSource.KOD, lat, lon, null, 1, null, false, null), now.toLocalDate(), false);
    }

    /** Edits an existing incident; the position stays (move it by deleting and recording anew). */
    IncidentEntryDialog(Incident existing, LocalDate today) {
        this(existing, today, true);
    }

    private IncidentEntryDialog(Incident base, LocalDate today, boolean editing) {
        setTitle(Messages.get(editing ? "lage.edit.title" : "lage.record.title"));
        category.setValue(base.category());
        source.setValue(base.source());
        date.setConverter(new GermanDateConverter());
        date.setValue(base.occurredAt().toLocalDate());
        time.setText(base.occurredAt().toLocalTime().withSecond(0).withNano(0).toString());
        count.setText(String.valueOf(base.count()));
        position.setText(Messages.get("lage.record.positionValue", String.format(Locale.GERMANY, "%.5f", base.latitude()),
                String.format(Locale.GERMANY, "%.5f", base.longitude())));
        position.setEditable(false);
        place.setText(base.place() == null ? "" : base.place());
        note.setText(base.note() == null ? "" : base.note());
        note.setPrefRowCount(3);
        getDialogPane().setContent(new VBox(12, form(), problems));
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                IncidentEntryDialog.class.getResource("/de/stadtlage/situation/incident-entry.css")).toExternalForm());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // The position is fixed while editing (and not stored again), so only a new incident's position is checked.
        String positionProblem = editing ? null : positionProblem(base.latitude(), base.longitude());
        validate(today, positionProblem);
        setResultConverter(button -> button == ButtonType.OK ? result(base) : null);
    }

    /**
     * Problems are shown as text under the form and as a style class on the field (ControlsFX's graphic
     * decorations would wrap the dialog's scene root, which breaks showing a JavaFX 21 dialog).
     */
    private void validate(LocalDate today, String positionProblem) {
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(count, (Control c, String text) -> ValidationResult.fromErrorIf(c,
                Messages.get("lage.invalid.count"), countOf(text) == null));
        validation.registerValidator(date, false, (Control c, LocalDate day) -> ValidationResult.fromErrorIf(c,
                String.valueOf(dateProblem(day, today)), dateProblem(day, today) != null));
        validation.registerValidator(position, false, (Control c, String text) -> ValidationResult.fromErrorIf(c,
                String.valueOf(positionProblem), positionProblem != null));
        problems.setId("incident-problems");
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        // Room for two lines from the start: the dialog does not grow when a message appears.
        problems.setPrefWidth(520);
        problems.setMinHeight(44);
        problems.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problems.textProperty().bind(Bindings.createStringBinding(() -> Stream.of(position, count, date)
                .map(validation::getHighestMessage).flatMap(Optional::stream).map(m -> m.getText())
                .findFirst().orElse(""), validation.validationResultProperty()));
        // The same rules, evaluated at once: ControlsFX validates a tick later.
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> positionProblem != null || category.getValue() == null || source.getValue() == null
                        || date.getValue() == null || dateProblem(date.getValue(), today) != null
                        || parseTime(time.getText()) == null || countOf(count.getText()) == null,
                category.valueProperty(), source.valueProperty(), date.valueProperty(), time.textProperty(),
                count.textProperty()));
    }

    private GridPane form() {
        date.setId("incident-date");
        count.setId("incident-count");
        position.setId("incident-position");
        count.setPrefColumnCount(6);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("lage.record.position")), position);
        grid.addRow(1, new Label(Messages.get("lage.record.category")), category);
        grid.addRow(2, new Label(Messages.get("lage.record.source")), source);
        grid.addRow(3, new Label(Messages.get("lage.record.date")), date);
        grid.addRow(4, new Label(Messages.get("lage.record.time")), time);
        grid.addRow(5, new Label(Messages.get("lage.record.count")), count);
        grid.addRow(6, new Label(Messages.get("lage.record.place")), place);
        grid.addRow(7, new Label(Messages.get("lage.record.note")), note);
        return grid;
    }

    private Incident result(Incident base) {
        return new Incident(base.id(), LocalDateTime.of(date.getValue(), parseTime(time.getText())),
                category.getValue(), source.getValue(), base.latitude(), base.longitude(), blankToNull(place.getText()),
                countOf(count.getText()), blankToNull(note.getText()), base.approximate(), base.importBatchId());
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

    /** The count as typed, or null unless it is a whole number of at least 1. */
    static Integer countOf(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return IncidentRules.countProblem(value) == null ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String dateProblem(LocalDate day, LocalDate today) {
        if (day == null || IncidentRules.dayProblem(day, today) == null) {
            return null;
        }
        return day.isAfter(today) ? Messages.get("lage.invalid.future", Formats.date(today))
                : Messages.get("lage.invalid.dateRange", Formats.date(IncidentRules.EARLIEST_DAY));
    }

    private static String positionProblem(double lat, double lon) {
        return IncidentRules.positionProblem(lat, lon) == null ? null : Messages.get("lage.invalid.position");
    }
}
