package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The incidents under a click on the map, with time, category, source, place and note; edit or delete one. */
final class IncidentListDialog extends Dialog<IncidentListDialog.Choice> {

    /** What the user chose to do with which incident. */
    record Choice(Incident incident, boolean delete) {
    }

    IncidentListDialog(List<Incident> incidents) {
        setTitle(Messages.get("lage.details.title", incidents.size()));
        ListView<Incident> list = new ListView<>();
        list.getItems().setAll(incidents);
        list.setPrefSize(560, Math.min(420, 60 + incidents.size() * 48.0));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Incident i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : Formats.dateTime(i.occurredAt()) + " · " + i.category().label()
                        + " · " + i.source().label() + (i.place() == null ? "" : " · " + i.place())
                        + (i.note() == null || i.note().isBlank() ? "" : "\n" + i.note()));
            }
        });
        list.getSelectionModel().selectFirst();
        ButtonType edit = new ButtonType(Messages.get("lage.details.edit"), ButtonBar.ButtonData.LEFT);
        ButtonType delete = new ButtonType(Messages.get("lage.details.delete"), ButtonBar.ButtonData.LEFT);
        getDialogPane().setContent(list);
        getDialogPane().getButtonTypes().addAll(edit, delete, ButtonType.CLOSE);
        setResultConverter(button -> {
            Incident selected = list.getSelectionModel().getSelectedItem();
            if (selected == null || (button != edit && button != delete)) {
                return null;
            }
            return new Choice(selected, button == delete);
        });
    }
}
