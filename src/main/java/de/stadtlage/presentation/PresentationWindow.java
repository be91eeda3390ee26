package de.stadtlage.presentation;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * The slides on the projector: full screen, driven by keyboard and presenter clickers (which send Page Up/Down,
 * arrows, Space, Backspace, B or "."). The slide is laid out at 768 px height and scaled to the screen.
 */
public final class PresentationWindow {

    private final PresentationViewModel model;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final StackPane root = new StackPane();
    private final Group holder = new Group();
    private final PauseTransition hideCursor = new PauseTransition(Duration.seconds(2));
    private Region shown;

    public PresentationWindow(PresentationViewModel model, boolean highContrast) {
        this.model = model;
        root.getStyleClass().add("presentation-root");
        if (highContrast) {
            root.getStyleClass().add("high-contrast");
        }
        root.setId("presentation-root");
        root.getChildren().add(holder);
        Scene scene = new Scene(root, 1024, 768);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/de/stadtlage/presentation/presentation.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.setOnMouseMoved(e -> showCursorBriefly());
        hideCursor.setOnFinished(e -> scene.setCursor(Cursor.NONE));
        stage.setScene(scene);
        stage.setTitle("Stadtlage – Präsentation");
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        model.indexProperty().addListener((o, a, b) -> render());
        model.blankProperty().addListener((o, a, b) -> render());
        model.slides().addListener((javafx.collections.ListChangeListener<Slide>) c -> render());
        scene.widthProperty().addListener((o, a, b) -> render());
        scene.heightProperty().addListener((o, a, b) -> render());
    }

    /** Shows the slides on the given screen area; full screen unless told otherwise (tests use a fixed size). */
    public void show(Rectangle2D bounds, boolean fullScreen) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.show();
        stage.setFullScreen(fullScreen);
        render();
        showCursorBriefly();
    }

    public Stage stage() {
        return stage;
    }

    public void close() {
        hideCursor.stop();
        stage.close();
    }

    /** The slide node on screen, unscaled (tests measure it). */
    public Region shownSlide() {
        return shown;
    }

    private void onKey(KeyEvent event) {
        if (SlideKeys.handle(event.getCode(), model, this::close)) {
            event.consume();
        }
    }

    private void render() {
        Scene scene = stage.getScene();
        double width = scene.getWidth();
        double height = scene.getHeight();
        Slide slide = model.currentSlide().get();
        if (width <= 0 || height <= 0 || slide == null || model.blankProperty().get()) {
            holder.getChildren().clear();
            shown = null;
            return;
        }
        double logicalWidth = SlideView.LOGICAL_HEIGHT * width / height;
        shown = SlideView.render(slide, logicalWidth, footer());
        double factor = height / SlideView.LOGICAL_HEIGHT;
        // The scale sits on the slide inside the group, so the group's bounds are the scaled ones and the
        // stack pane centres the slide on the screen.
        shown.getTransforms().setAll(new Scale(factor, factor, 0, 0));
        holder.getChildren().setAll(shown);
    }

    private String footer() {
        return model.footer(model.indexProperty().get());
    }

    private void showCursorBriefly() {
        stage.getScene().setCursor(Cursor.DEFAULT);
        hideCursor.playFromStart();
    }
}
