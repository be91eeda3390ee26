package de.stadtlage.map;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * What a layer's legend shows: colour swatches with labels, or a colour ramp with labels at both ends.
 *
 * @param ramp colours from low to high for a gradient legend, empty for swatches
 */
public record Legend(String title, List<Entry> entries, List<Color> ramp, String lowLabel, String highLabel) {

    public Legend {
        entries = List.copyOf(entries);
        ramp = List.copyOf(ramp);
    }

    public static Legend swatches(String title, List<Entry> entries) {
        return new Legend(title, entries, List.of(), "", "");
    }

    public static Legend gradient(String title, List<Color> ramp, String low, String high) {
        return new Legend(title, List.of(), ramp, low, high);
    }

    public boolean isGradient() {
        return !ramp.isEmpty();
    }

    /** One swatch. */
    public record Entry(Color color, String label) {
    }
}
