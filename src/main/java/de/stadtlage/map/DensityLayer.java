package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import java.util.Optional;

/** Kernel density as a translucent heat ramp, scaled to the grid's maximum. */
public final class DensityLayer extends GridLayer {

    /** Below this share of the maximum nothing is drawn, so the base map stays clean away from hotspots. */
    public static final double FLOOR = 0.04;
    private static final String TITLE = "Hotspots (Kerndichte)";

    public DensityLayer() {
        super(TITLE);
    }

    @Override
    protected int argb(double value, DensityGrid grid) {
        double t = grid.max() <= 0 ? 0 : value / grid.max();
        return t < FLOOR ? 0 : ColorRamp.DENSITY.argbAt(t);
    }

    @Override
    public Optional<Legend> legend() {
        return Optional.of(legendFor(getGrid()));
    }

    /** The legend of a density grid (also the Google map's); {@code null} leaves the upper end unnamed. */
    public static Legend legendFor(DensityGrid grid) {
        String high = grid == null ? "hoch" : String.format(java.util.Locale.GERMANY, "%,.0f Vorfälle/km²", grid.max());
        return Legend.gradient(TITLE, ColorRamp.DENSITY.stops(), "niedrig", high);
    }
}
