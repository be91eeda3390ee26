package de.stadtlage.presentation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;

/**
 * The chair's view on the laptop while the projector shows the slides: current and next slide, meeting and item
 * timers, notes, and the agenda to jump to.
 */
public final class ChairConsole {

    private static final double PREVIEW_WIDTH = 1024;

    private final PresentationViewModel model;
    private final Stage stage = new Stage();
    private final StackPane current = new StackPane();
    private final StackPane next = new StackPane();
    private final Label meetingTimer = timer();
    private final Label itemTimer = timer();
    private final Label notes = new Label();
    private final ListView<String> agenda = new ListView<>();
    private final Map<String, Integer> agendaStart = new LinkedHashMap<>();
    private final Instant started = Instant.now();
    private Instant itemStarted = Instant.now();
    private final Timeline ticker;

    public ChairConsole(PresentationViewModel model, Runnable leave) {
        this.model = model;
        notes.getStyleClass().add("console-notes");
        notes.setWrapText(true);
        agenda.setId("console-agenda");
        agenda.setOnMouseClicked(e -> jumpToAgendaItem());
        VBox side = new VBox(10, caption("Nächste Folie"), next, caption("Sitzung"), meetingTimer,
                caption("Aktueller Punkt"), itemTimer, caption("Notizen"), notes, caption("Tagesordnung"), agenda);
        side.setPrefWidth(380);
        BorderPane root = new BorderPane(new VBox(8, caption("Aktuelle Folie"), current), null, side, null, null);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 16));
        root.getStyleClass().addAll("chair-console", "presentation-root");
        Scene scene = new Scene(root, 1280, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/de/stadtlage/presentation/presentation.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SlideKeys.handle(e.getCode(), model, leave)) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Stadtlage – Moderationskonsole");
        stage.setOnCloseRequest(e -> leave.run());
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        model.indexProperty().addListener((o, a, b) -> refresh());
        model.slides().addListener((javafx.collections.ListChangeListener<Slide>) c -> refresh());
        refresh();
    }

    public void show() {
        stage.show();
        ticker.play();
    }

    public void close() {
        ticker.stop();
        stage.close();
    }

    private void refresh() {
        Slide slide = model.currentSlide().get();
        String item = slide == null ? "" : slide.agendaTitle();
        if (!agenda.getSelectionModel().isEmpty() && !item.equals(agenda.getSelectionModel().getSelectedItem())) {
            itemStarted = Instant.now();
        }
        agendaStart.clear();
        for (int i = model.slides().size() - 1; i >= 0; i--) {
            agendaStart.put(model.slides().get(i).agendaTitle(), i);
        }
        agenda.getItems().setAll(model.slides().stream().map(Slide::agendaTitle).distinct().toList());
        agenda.getSelectionModel().select(item);
        current.getChildren().setAll(preview(slide, 0.78));
        next.getChildren().setAll(preview(model.nextSlide().get(), 0.36));
        notes.setText(slide == null || slide.notes().isBlank() ? "–" : slide.notes());
        tick();
    }

    private Node preview(Slide slide, double factor) {
        if (slide == null) {
            return caption("Ende der Präsentation");
        }
        Group group = new Group(SlideView.render(slide, PREVIEW_WIDTH, model.footer(model.slides().indexOf(slide))));
        group.getTransforms().add(new Scale(factor, factor));
        return new Group(group);
    }

    private void jumpToAgendaItem() {
        Integer target = agendaStart.get(agenda.getSelectionModel().getSelectedItem());
        if (target != null) {
            model.goTo(target);
        }
    }

    private void tick() {
        meetingTimer.setText(format(Duration.between(started, Instant.now())));
        itemTimer.setText(format(Duration.between(itemStarted, Instant.now())));
    }

    private static String format(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static Label timer() {
        Label label = new Label("0:00:00");
        label.getStyleClass().add("console-timer");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("console-caption");
        return label;
    }
}
