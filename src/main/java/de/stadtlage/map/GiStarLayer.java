package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import de.stadtlage.situation.hotspot.GiStarClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;

/** Gi* cells in the usual hot/cold colours (red hot, blue cold, three confidence levels each). */
public final class GiStarLayer extends GridLayer {

    private static final String TITLE = "Hotspots (Gi*)";
    private static final Map<GiStarClass, Color> COLORS = new EnumMap<>(GiStarClass.class);

    static {
        COLORS.put(GiStarClass.HOT_99, Color.web("#b2182b", 0.78));
        COLORS.put(GiStarClass.HOT_95, Color.web("#ef8a62", 0.72));
        COLORS.put(GiStarClass.HOT_90, Color.web("#f4c49d", 0.66));
        COLORS.put(GiStarClass.COLD_90, Color.web("#b7d4ea", 0.6));
        COLORS.put(GiStarClass.COLD_95, Color.web("#67a9cf", 0.66));
        COLORS.put(GiStarClass.COLD_99, Color.web("#2166ac", 0.72));
    }

    public GiStarLayer() {
        super(TITLE);
    }

    /** The colour of a confidence class, or {@code null} for "not significant" (left transparent). */
    public static Color color(GiStarClass giClass) {
        return COLORS.get(giClass);
    }

    @Override
    protected int argb(double z, DensityGrid grid) {
        Color c = COLORS.get(GiStarClass.of(z));
        if (c == null) {
            return 0;
        }
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    @Override
    protected boolean smooth() {
        return false;
    }

    @Override
    public Optional<Legend> legend() {
        return Optional.of(legendOfClasses());
    }

    /** The six confidence classes with their colours (also the Google map's legend for Gi*). */
    public static Legend legendOfClasses() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (GiStarClass c : GiStarClass.values()) {
            if (COLORS.containsKey(c)) {
                entries.add(new Legend.Entry(COLORS.get(c), c.label()));
            }
        }
        return Legend.swatches(TITLE, entries);
    }
}
