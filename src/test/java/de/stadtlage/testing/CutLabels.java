package de.stadtlage.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read in full: labels, buttons, list and table cells and column headers whose shown
 * text was shortened with "…" or runs out of its table's visible width, and wrapped texts that break inside a word
 * ("Kampa/gne"). Call on the FX thread
 * after layout; only nodes that are visible and inside the scene's window are looked at.
 */
public final class CutLabels {

    private CutLabels() {
    }

    /** One finding: what the label should say, what it shows, and why it counts as cut. */
    public record Finding(String node, String text, String shown, String problem) {
        @Override
        public String toString() {
            return problem + " in " + node + ": \"" + text + "\" shown as \"" + shown + "\"";
        }
    }

    /** All cut texts under {@code root}. */
    public static List<Finding> under(Node root) {
        List<Finding> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<Finding> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || !onScreen(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        } else if (node instanceof Text text && text.getWrappingWidth() > 0 && text.getText() != null
                && !"LabeledText".equals(text.getClass().getSimpleName())) {
            String broken = brokenInsideWord(text);
            if (broken != null) {
                found.add(new Finding(text.getClass().getSimpleName(), text.getText(), broken, "broken inside a word"));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < node.getScene().getWidth()
                && b.getMinY() < node.getScene().getHeight();
    }

    private static void check(Labeled labeled, List<Finding> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        Text shown = textNode(labeled);
        if (shown == null || !shown.isVisible()) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        String name = describe(labeled);
        if (!expected.equals(shown.getText())) {
            found.add(new Finding(name, expected, shown.getText(), "shortened"));
        } else if (clippedSideways(shown)) {
            found.add(new Finding(name, expected, shown.getText(), "cut at the side by its container"));
        } else if (labeled.isWrapText()) {
            String broken = brokenInsideWord(shown);
            if (broken != null) {
                found.add(new Finding(name, expected, broken, "broken inside a word"));
            }
        }
    }

    /** True when a clipping ancestor (a table's or list's scroll area) hides part of the text's width. */
    private static boolean clippedSideways(Text text) {
        Bounds shown = text.localToScene(text.getBoundsInLocal());
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (shown.getMaxX() > clip.getMaxX() + 1 || shown.getMinX() < clip.getMinX() - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Text textNode(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the label's own text node, not a graphic that happens to be text (an Ikonli icon)
            if (child instanceof Text t && "LabeledText".equals(child.getClass().getSimpleName())) {
                return t;
            }
        }
        return null;
    }

    /**
     * The text with "/" where the layout breaks lines inside a word, or null when every line break falls after a
     * space, a hyphen, a slash or a zero-width space (or at an explicit line break).
     */
    static String brokenInsideWord(Text text) {
        String s = text.getText();
        StringBuilder marked = new StringBuilder();
        boolean bad = false;
        double lastY = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            double y = lineTop(text, i);
            if (i > 0 && !Double.isNaN(lastY) && y > lastY + 1 && !isBreakable(s.charAt(i - 1))
                    && !Character.isWhitespace(s.charAt(i))) {
                bad = true;
                marked.append('/');
            }
            marked.append(s.charAt(i));
            lastY = y;
        }
        return bad ? marked.toString() : null;
    }

    private static boolean isBreakable(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '/' || c == '\u200B' || c == '–' || c == '\n';
    }

    private static double lineTop(Text text, int index) {
        double top = Double.NaN;
        for (PathElement e : text.caretShape(index, true)) {
            if (e instanceof javafx.scene.shape.MoveTo m) {
                top = m.getY();
            }
        }
        return top;
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
        Node parent = labeled.getParent();
        for (int i = 0; i < 6 && parent != null; i++, parent = parent.getParent()) {
            if (parent.getId() != null) {
                return id + " in #" + parent.getId();
            }
        }
        return id;
    }
}
