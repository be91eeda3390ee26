package de.stadtlage.boards;

import de.stadtlage.common.CompoundWrap;
import de.stadtlage.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** All five boards side by side: open, overdue and done-this-week counts and the size of each column. */
final class OverviewView extends HBox {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    private final IntConsumer openBoard;

    OverviewView(IntConsumer openBoard) {
        this.openBoard = openBoard;
        setId("boards-overview");
        getStyleClass().add("boards-overview");
        // Tiles as tall as the fullest one, not stretched to the window: calmer on a projector.
        setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
    }

    void show(List<BoardSummary> summaries) {
        getChildren().clear();
        for (BoardSummary summary : summaries) {
            VBox tile = tile(summary);
            HBox.setHgrow(tile, Priority.ALWAYS);
            getChildren().add(tile);
        }
    }

    private VBox tile(BoardSummary summary) {
        Subgroup subgroup = summary.subgroup();
        Label code = new Label(subgroup.code());
        code.getStyleClass().add("tile-code");
        Label name = new Label();
        name.getStyleClass().add("tile-name");
        name.setMinHeight(Region.USE_PREF_SIZE);
        CompoundWrap.apply(name, subgroup.name());
        VBox figures = new VBox(10,
                figure(summary.open(), Messages.get("boards.overview.open"), false),
                figure(summary.overdue(), Messages.get("boards.overview.overdue"), summary.overdue() > 0),
                figure(summary.doneThisWeek(), Messages.get("boards.overview.doneThisWeek"), false));
        figures.getStyleClass().add("tile-figures");
        Label columns = new Label(Messages.get("boards.overview.columns",
                summary.columns().get(TaskStatus.OFFEN), summary.columns().get(TaskStatus.IN_ARBEIT),
                summary.columns().get(TaskStatus.BLOCKIERT), summary.columns().get(TaskStatus.ERLEDIGT)));
        columns.getStyleClass().add("tile-columns");
        columns.setWrapText(true);
        columns.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        spacer.setMinHeight(8);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button open = new Button(Messages.get("boards.overview.openBoard"));
        open.getStyleClass().add("tile-open");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> openBoard.accept(subgroup.id()));
        VBox tile = new VBox(12, code, name, figures, columns, attention(summary), spacer, open);
        tile.getStyleClass().addAll("overview-tile", SubgroupStyles.styleClass(subgroup.id()));
        tile.setId("overview-" + subgroup.code().toLowerCase(Locale.ROOT));
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setPrefWidth(0);
        tile.setOnMouseClicked(e -> openBoard.accept(subgroup.id()));
        return tile;
    }

    /** The overdue and blocked tasks by title: what the chair asks about in the meeting. */
    private static VBox attention(BoardSummary summary) {
        VBox box = new VBox(4);
        box.getStyleClass().add("tile-attention");
        for (String title : summary.overdueTitles()) {
            box.getChildren().add(attentionLine(Messages.get("boards.overview.overdueTask", title), "attention-overdue"));
        }
        for (String title : summary.blockedTitles()) {
            box.getChildren().add(attentionLine(Messages.get("boards.overview.blockedTask", title), "attention-blocked"));
        }
        return box;
    }

    private static Label attentionLine(String text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().addAll("attention-line", styleClass);
        label.setMinHeight(Region.USE_PREF_SIZE);
        CompoundWrap.apply(label, text);
        return label;
    }

    /** The number with its words beside it; the words wrap in a narrow tile (one label, so its height follows). */
    private static Label figure(int value, String label, boolean alert) {
        Label number = new Label(String.valueOf(value));
        number.getStyleClass().add("figure-value");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(label, number);
        text.getStyleClass().addAll("figure-label", "tile-figure");
        text.setGraphicTextGap(10);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.pseudoClassStateChanged(ALERT, alert);
        return text;
    }
}
