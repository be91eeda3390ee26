package de.stadtlage.presentation;

import java.io.ByteArrayInputStream;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Draws one slide at its logical size (768 px high, width by the screen's aspect); the presentation window scales
 * it to the screen. Body text is 24 px and headings 44 px at that size, so it reads from the back of a room.
 */
public final class SlideView {

    public static final double LOGICAL_HEIGHT = 768;
    private static final double FIGURE_TILE_WIDTH = 280;
    /** Left and right padding of a tile (presentation.css). */
    private static final double TILE_PADDING = 20;
    private static final PseudoClass EMPHASISED = PseudoClass.getPseudoClass("emphasised");
    private static final PseudoClass RISING = PseudoClass.getPseudoClass("rising");

    private SlideView() {
    }

    /** A node of exactly {@code width} × {@link #LOGICAL_HEIGHT} showing the slide. */
    public static Region render(Slide slide, double width, String footer) {
        Label title = wrapped(slide.title(), "slide-title");
        title.setId("slide-title");
        VBox head = new VBox(4, title);
        if (!slide.subtitle().isBlank()) {
            head.getChildren().add(label(slide.subtitle(), "slide-subtitle"));
        }
        head.getStyleClass().add("slide-head");
        Region body = slide.blocks().stream().anyMatch(b -> b instanceof SlideBlock.MapImage)
                ? mapBody(slide, width) : listBody(slide);
        body.getStyleClass().add("slide-body");
        body.setId("slide-body");
        Label foot = label(footer, "slide-footer");
        BorderPane root = new BorderPane(body, head, null, foot, null);
        root.getStyleClass().add("slide");
        root.setPrefSize(width, LOGICAL_HEIGHT);
        root.setMinSize(width, LOGICAL_HEIGHT);
        root.setMaxSize(width, LOGICAL_HEIGHT);
        return root;
    }

    private static Region listBody(Slide slide) {
        VBox body = new VBox(22);
        for (SlideBlock block : slide.blocks()) {
            body.getChildren().add(block(block));
        }
        return body;
    }

    /** A map slide: the map fills the left, what goes with it stands beside it (the room is wide, not tall). */
    private static Region mapBody(Slide slide, double width) {
        VBox side = new VBox(22);
        Node map = null;
        for (SlideBlock block : slide.blocks()) {
            if (block instanceof SlideBlock.MapImage && map == null) {
                map = block(block);
            } else {
                side.getChildren().add(block(block));
            }
        }
        HBox body = new HBox(28, map);
        HBox.setHgrow(map, Priority.ALWAYS);
        if (!side.getChildren().isEmpty()) {
            side.setPrefWidth(Math.max(300, width * 0.3));
            side.setMinWidth(280);
            body.getChildren().add(side);
        }
        return body;
    }

    private static Node block(SlideBlock block) {
        // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed type.
        if (block instanceof SlideBlock.Statement s) {
            return wrapped(s.text(), "slide-statement");
        } else if (block instanceof SlideBlock.Lines l) {
            return lines(l);
        } else if (block instanceof SlideBlock.Figures f) {
            return tiles(f.figures(), "figure-tiles");
        } else if (block instanceof SlideBlock.Counters c) {
            return tiles(c.counters(), "counter-tiles");
        }
        return map((SlideBlock.MapImage) block);
    }

    private static Node lines(SlideBlock.Lines lines) {
        VBox box = new VBox(10);
        box.getStyleClass().add("slide-lines");
        if (lines.heading() != null) {
            box.getChildren().add(wrapped(lines.heading(), "slide-lines-heading"));
        }
        for (SlideBlock.Line line : lines.lines()) {
            Label text = wrapped(line.text(), "slide-line");
            VBox entry = new VBox(0, text);
            if (line.detail() != null && !line.detail().isBlank()) {
                entry.getChildren().add(wrapped(line.detail(), "slide-line-detail"));
            }
            entry.getStyleClass().add("slide-line-box");
            entry.pseudoClassStateChanged(EMPHASISED, line.emphasised());
            box.getChildren().add(entry);
        }
        return box;
    }

    private static Node tiles(java.util.List<SlideBlock.Figure> figures, String styleClass) {
        FlowPane pane = new FlowPane(18, 18);
        pane.getStyleClass().add(styleClass);
        for (SlideBlock.Figure figure : figures) {
            Label value = label(figure.value(), "tile-value");
            Label name = wrapped(figure.label(), "tile-label");
            VBox tile = new VBox(4, value, name);
            if ("figure-tiles".equals(styleClass)) {
                // as wide as its longest word ("Ordnungswidrigkeiten-"), so no word is split inside
                tile.setPrefWidth(FIGURE_TILE_WIDTH);
                name.fontProperty().addListener((obs, was, font) -> tile.setPrefWidth(Math.max(FIGURE_TILE_WIDTH,
                        de.stadtlage.common.CompoundWrap.widestPiece(figure.label(), font) + 2 * TILE_PADDING + 2)));
            }
            if (!figure.change().isBlank()) {
                Label change = label(figure.change(), "tile-change");
                change.pseudoClassStateChanged(RISING, figure.rising());
                tile.getChildren().add(change);
            }
            tile.getStyleClass().add("tile");
            tile.pseudoClassStateChanged(RISING, figure.rising());
            pane.getChildren().add(tile);
        }
        return pane;
    }

    private static Node map(SlideBlock.MapImage map) {
        ImageView image = new ImageView(new Image(new ByteArrayInputStream(map.png())));
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("slide-map");
        // The picture follows the frame, so the frame must not ask for the picture's size.
        frame.setMinSize(0, 0);
        frame.setPrefSize(10, 10);
        image.fitWidthProperty().bind(frame.widthProperty());
        image.fitHeightProperty().bind(frame.heightProperty());
        VBox box = new VBox(6, frame, label(map.caption(), "slide-map-caption"));
        VBox.setVgrow(frame, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        return label;
    }

    /** Wraps between words, and after the hyphen of a compound too long for the line ("Ordnungswidrigkeiten-"). */
    private static Label wrapped(String text, String styleClass) {
        Label label = label(text, styleClass);
        label.setWrapText(true);
        de.stadtlage.common.CompoundWrap.apply(label, text);
        return label;
    }
}
