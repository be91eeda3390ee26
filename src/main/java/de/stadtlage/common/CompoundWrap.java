package de.stadtlage.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Wrapping for German text in narrow places (cards, tiles): JavaFX breaks lines only at spaces and cuts a word
 * that is wider than the line anywhere ("Kampa|gne"). A hyphenated compound that does not fit is broken after one
 * of its own hyphens instead ("Social-Media-|Kampagne"), as a typesetter would.
 */
public final class CompoundWrap {

    private CompoundWrap() {
    }

    /** Shows {@code text} on the label, re-broken whenever the label's width or font changes. */
    public static void apply(Labeled label, String text) {
        label.setWrapText(true);
        label.setText(text);
        InvalidationListener update = o -> {
            Insets padding = label.getPadding();
            double width = label.getWidth() - padding.getLeft() - padding.getRight() - graphicWidth(label);
            String broken = breakCompounds(text, label.getFont(), width);
            if (!broken.equals(label.getText())) {
                label.setText(broken);
            }
        };
        label.widthProperty().addListener(update);
        label.fontProperty().addListener(update);
    }

    private static double graphicWidth(Labeled label) {
        if (label.getGraphic() == null) {
            return 0;
        }
        return switch (label.getContentDisplay()) {
            case LEFT, RIGHT -> label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
            default -> 0;
        };
    }

    /**
     * The text with a line break after a hyphen inside every compound wider than {@code width}, chosen so that
     * each part fits where it can. Text that fits, and words without hyphens, stay as they are.
     */
    public static String breakCompounds(String text, Font font, double width) {
        if (text == null || width <= 0) {
            return text;
        }
        String[] words = text.split(" ", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                result.append(' ');
            }
            result.append(width(words[i], font) > width ? breakWord(words[i], font, width) : words[i]);
        }
        return result.toString();
    }

    /** The widest piece of {@code text} that no line break may split: a word, or a compound's part up to its hyphen. */
    public static double widestPiece(String text, Font font) {
        double widest = 0;
        for (String piece : text.split("\\s+|(?<=-)")) {
            widest = Math.max(widest, width(piece, font));
        }
        return widest;
    }

    /** Greedy: as many hyphen-joined parts on a line as fit, then a line break after the hyphen. */
    private static String breakWord(String word, Font font, double width) {
        String[] parts = word.split("(?<=-)(?=.)");
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && width(line + part, font) > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(part);
        }
        return out.append(line).toString();
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
