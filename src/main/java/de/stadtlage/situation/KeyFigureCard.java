package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One tile of the dashboard: metric, source, period, value and the two changes, coloured by direction. */
final class KeyFigureCard extends VBox {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final KeyFigureTrend trend;

    KeyFigureCard(KeyFigureTrend trend, boolean currentWeek) {
        this.trend = trend;
        getStyleClass().add("figure-card");
        Label metric = new Label(trend.metric());
        metric.getStyleClass().add("figure-metric");
        metric.setWrapText(true);
        // long compounds ("Ordnungswidrigkeiten-Anzeigen") wrap after their hyphen, not inside a word
        de.stadtlage.common.CompoundWrap.apply(metric, trend.metric());
        String period = KeyFigureTrend.periodLabel(trend.current())
                + (currentWeek ? " · " + Messages.get("figures.thisWeek") : "");
        Label source = new Label(trend.source() + " · " + period);
        source.getStyleClass().add("figure-source");
        Label value = new Label(Formats.decimal(trend.current().value().doubleValue()));
        value.getStyleClass().add("figure-value");
        getChildren().addAll(metric, source, value,
                change("figures.vsPrevious", trend.changeVsPrevious(), trend.previous()),
                change("figures.vsYearAgo", trend.changeVsYearAgo(), trend.yearAgo()));
    }

    private Label change(String key, String text, Optional<KeyFigure> base) {
        Label label = new Label(Messages.get(key, text));
        label.getStyleClass().add("figure-change");
        int direction = KeyFigureTrend.direction(base, trend.current());
        label.pseudoClassStateChanged(UP, direction > 0);
        label.pseudoClassStateChanged(DOWN, direction < 0);
        return label;
    }

    KeyFigureTrend trend() {
        return trend;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
