package de.stadtlage.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Lets a wrapped label break long compounds after their hyphens ("Ordnungswidrigkeiten-" / "Anzeigen") when it is
 * too narrow for the whole word. JavaFX wraps only at spaces and would otherwise split such a word anywhere
 * ("Ordnungswidrigkeiten-An" / "zeigen"); a zero-width space is no break opportunity for it either.
 */
public final class HyphenBreaks {

    private HyphenBreaks() {
    }

    /** Keeps {@code label}'s text as given, with line breaks after hyphens where its width needs them. */
    public static void install(Labeled label) {
        String original = label.getText();
        InvalidationListener update = o -> {
            double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            String fitted = width <= 0 ? original : fit(original, label.getFont(), width);
            if (!fitted.equals(label.getText())) {
                label.setText(fitted);
            }
        };
        label.widthProperty().addListener(update);
        label.fontProperty().addListener(update);
    }

    /** The text with a line break after each hyphen of a word wider than {@code width}, where the next part would not fit. */
    public static String fit(String text, Font font, double width) {
        StringBuilder out = new StringBuilder();
        String[] words = text.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String word = words[w];
            out.append(word.indexOf('-') > 0 && width(font, word) > width ? broken(word, font, width) : word);
        }
        return out.toString();
    }

    /** The widest piece of {@code text} that no line break may split: a word, or a compound's part up to its hyphen. */
    public static double widestPiece(String text, Font font) {
        double widest = 0;
        for (String piece : text.split("\\s+|(?<=-)")) {
            widest = Math.max(widest, width(font, piece));
        }
        return widest;
    }

    private static String broken(String word, Font font, double width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : word.split("(?<=-)")) {
            if (line.length() > 0 && width(font, line + part) > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(part);
        }
        return out.append(line).toString();
    }

    private static double width(Font font, String s) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
