package de.stadtlage.testing;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a page in a UI test as the app shows it: in a scene of the given size with the app's style sheet. */
public final class AppScene {

    private AppScene() {
    }

    /**
     * Puts {@code root} into a new {@code width} × {@code height} scene with app.css on {@code stage} and shows it at
     * the screen's top left. The stage is shared by all UI tests: without resizing and moving it, a size or place an
     * earlier test gave it would stay, and the page would not be what this test asked for.
     */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(AppScene.class.getResource("/de/stadtlage/app/app.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return scene;
    }
}
