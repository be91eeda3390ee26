package de.stadtlage.map;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Text widths for label placement, cached per font and character (kerning is ignored, as on most maps). */
final class TextMetrics {

    private static final Map<String, Double> CHAR_WIDTHS = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    static double charWidth(Font font, char c) {
        String key = font.getName() + '|' + font.getSize() + '|' + c;
        return CHAR_WIDTHS.computeIfAbsent(key, k -> {
            Text t = new Text(String.valueOf(c));
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }

    static double width(Font font, String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += charWidth(font, s.charAt(i));
        }
        return w;
    }
}
