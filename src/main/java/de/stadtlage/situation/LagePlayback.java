package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Time playback: a slider over the last eight weeks and a play button that steps through them. */
final class LagePlayback {

    private static final Duration STEP = Duration.seconds(1.5);

    private final HBox root = new HBox(10);
    private final Timeline timeline;

    LagePlayback(LageViewModel model) {
        List<LocalDate> weeks = model.playbackWeeks();
        Slider slider = new Slider(0, weeks.size() - 1, weeks.size() - 1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setId("lage-playback-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label week = new Label(Formats.isoWeek(weeks.get(weeks.size() - 1)));
        week.setMinWidth(110);
        slider.valueProperty().addListener((obs, o, n) -> {
            int index = (int) Math.round(n.doubleValue());
            if (index != (int) Math.round(o.doubleValue()) || slider.isValueChanging()) {
                week.setText(Formats.isoWeek(weeks.get(index)));
                model.showWeek(weeks.get(index));
            }
        });
        Button play = new Button(Messages.get("lage.playback.play"), new FontIcon(Material2MZ.PLAY_ARROW));
        play.setId("lage-playback-play");
        timeline = new Timeline(new KeyFrame(STEP, e -> {
            if (slider.getValue() >= slider.getMax()) {
                stop(play);
            } else {
                slider.setValue(slider.getValue() + 1);
            }
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> {
            if (timeline.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                stop(play);
            } else {
                if (slider.getValue() >= slider.getMax()) {
                    slider.setValue(0);
                }
                play.setText(Messages.get("lage.playback.pause"));
                play.setGraphic(new FontIcon(Material2MZ.PAUSE));
                timeline.play();
            }
        });
        root.getChildren().addAll(play, new Label(Messages.get("lage.playback.label")), slider, week);
        root.getStyleClass().add("lage-playback");
    }

    private void stop(Button play) {
        timeline.stop();
        play.setText(Messages.get("lage.playback.play"));
        play.setGraphic(new FontIcon(Material2MZ.PLAY_ARROW));
    }

    Node node() {
        return root;
    }
}
