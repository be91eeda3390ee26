package de.stadtlage.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Real dialogs, owned by the main window, with German texts. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        // Only unexpected failures show technical details; a user mistake needs none.
        if (details != null && !(details instanceof UserMessage)) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
