package de.stadtlage.app;

import de.stadtlage.access.FirstAdminDialog;
import javafx.stage.Window;

/** "Administrator anlegen", from the welcome page or from the person in the status bar. */
final class FirstAdminSetup {

    private FirstAdminSetup() {
    }

    static void offer(ShellViewModel model, Window owner) {
        if (model.contextProperty().get() == null || !model.adminMissingProperty().get()) {
            return;
        }
        new FirstAdminDialog().show(owner)
                .ifPresent(entry -> model.createFirstAdmin(entry.login(), entry.name(), entry.password()));
    }
}
