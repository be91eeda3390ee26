package de.stadtlage.testing;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a page in a UI test as the app shows it: in a scene of the given size with the app's style sheet. */
public final class AppScene {

    private AppScene() {
    }

    /** Puts {@code root} into a new {@code width} × {@code height} scene with app.css on {@code stage} and shows it. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(AppScene.class.getResource("/de/stadtlage/app/app.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
