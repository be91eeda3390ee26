package de.stadtlage.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: a bare JavaFX window started the same way as the app (same runtime,
 * same class path), measured by the same {@link StartupProbe}.
 */
public final class BareWindowProbe extends Application {

    /** Started like the app's launcher: a main class that is not the Application, for the class path. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindowProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Stadtlage"), 1280, 800);
        stage.setScene(scene);
        stage.show();
        StartupProbe.install(scene);
    }
}
