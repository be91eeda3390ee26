package de.stadtlage.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Finds text a person cannot read whole on a shown window: labels, buttons and cells that JavaFX shortened to
 * "…" (the text it renders differs from the label's text), and wrapped text whose words are too wide for their
 * line, so JavaFX breaks them in the middle ("Kampa/gne").
 */
public final class CutText {

    private CutText() {
    }

    /** Every kind of cut text in the scene, one line per finding; switches to the FX thread. */
    public static List<String> in(FxRobot robot, Scene scene) {
        return in(robot, scene, new String[0]);
    }

    /**
     * Like {@link #in(FxRobot, Scene)}, but the tables with the given ids may shorten their cells and scroll
     * sideways (a raw preview of a file with many columns, whose problems are also listed in full elsewhere).
     */
    public static List<String> in(FxRobot robot, Scene scene, String... wideTables) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.addAll(ellipsized(scene.getRoot()));
            found.addAll(brokenWords(scene.getRoot()));
            found.addAll(outside(scene));
            found.addAll(sidewaysScrolling(scene.getRoot()));
        });
        List<String> tables = java.util.Arrays.stream(wideTables).map(id -> "#" + id + " ").toList();
        found.removeIf(line -> tables.stream().anyMatch(id -> line.contains(id) && line.contains(".cell ")
                || line.startsWith("seitlich") && line.contains(id)));
        return found;
    }

    /** Both kinds of cut text in every showing window. */
    public static List<String> inAllWindows(FxRobot robot) {
        List<String> found = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        robot.interact(() -> windows.addAll(Window.getWindows().filtered(Window::isShowing)));
        for (Window window : windows) {
            if (window.getScene() != null) {
                found.addAll(in(robot, window.getScene()));
            }
        }
        return found;
    }

    /** Labeled nodes that show less than their text; call on the FX thread after layout. */
    public static List<String> ellipsized(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                Text shown = renderedText(labeled);
                if (shown != null && !plain(shown.getText(), labeled).equals(plain(labeled.getText(), labeled))) {
                    found.add("gekürzt: „" + shown.getText() + "“ statt „" + labeled.getText() + "“ ("
                            + describe(labeled) + ")");
                }
            }
        });
        return found;
    }

    /** Wrapped texts with a word (or hyphen-joined part) wider than their line. */
    public static List<String> brokenWords(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Text text && text.getWrappingWidth() > 0 && text.getText() != null) {
                for (String word : text.getText().split("\\s+")) {
                    Text probe = new Text(word);
                    probe.setFont(text.getFont());
                    double width = probe.getLayoutBounds().getWidth();
                    if (width > text.getWrappingWidth() + 0.5) {
                        found.add("Wort getrennt: „" + word + "“ (" + Math.round(width) + " px in "
                                + Math.round(text.getWrappingWidth()) + " px, " + describe(text) + ")");
                    }
                }
            }
        });
        return found;
    }

    /** Controls that reach past the window's edge, so part of them is not drawn at all. */
    public static List<String> outside(Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), node -> {
            if ((node instanceof Labeled || node instanceof javafx.scene.control.TextInputControl
                    || node instanceof javafx.scene.control.ComboBoxBase) && !insideScrolledArea(node)) {
                javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
                if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1) {
                    found.add("außerhalb des Fensters: " + describe(node) + " bis x=" + Math.round(bounds.getMaxX())
                            + ", y=" + Math.round(bounds.getMaxY()));
                }
            }
        });
        return found;
    }

    /** Lists, tables and scroll panes whose content is wider than they are (text runs off to the right). */
    public static List<String> sidewaysScrolling(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.getWidth() > 0) {
                found.add("seitlich zu scrollen: " + describe(bar));
            }
        });
        return found;
    }

    private static boolean insideScrolledArea(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.ListView
                    || n instanceof javafx.scene.control.TableView) {
                return true;
            }
        }
        return false;
    }

    private static Text renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && "LabeledText".equals(child.getClass().getSimpleName())) {
                return text;
            }
        }
        return null;
    }

    /** The text as it should appear: without the mnemonic's underscore. */
    private static String plain(String text, Labeled labeled) {
        String result = text == null ? "" : text;
        return labeled.isMnemonicParsing() ? result.replace("_", "") : result;
    }

    /** Visits the visible nodes only: hidden ones (unused cells, closed panes) show nothing. */
    private static void walk(Node node, Consumer<Node> visitor) {
        if (!node.isVisible()) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visitor);
            }
        }
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            if (n.getId() != null) {
                path.append('#').append(n.getId()).append(' ');
            } else if (!n.getStyleClass().isEmpty()) {
                path.append('.').append(n.getStyleClass().get(0)).append(' ');
            }
        }
        return node.getClass().getSimpleName() + " in " + path.toString().strip();
    }
}
