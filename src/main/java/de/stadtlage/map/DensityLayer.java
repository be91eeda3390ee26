package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import java.util.Optional;

/** Kernel density as a translucent heat ramp, scaled to the grid's maximum. */
public final class DensityLayer extends GridLayer {

    /** Below this share of the maximum nothing is drawn, so the base map stays clean away from hotspots. */
    public static final double FLOOR = 0.04;

    public DensityLayer() {
        super("Hotspots (Kerndichte)");
    }

    @Override
    protected int argb(double value, DensityGrid grid) {
        double t = grid.max() <= 0 ? 0 : value / grid.max();
        return t < FLOOR ? 0 : ColorRamp.DENSITY.argbAt(t);
    }

    @Override
    public Optional<Legend> legend() {
        DensityGrid grid = getGrid();
        String high = grid == null ? "hoch" : String.format(java.util.Locale.GERMANY, "%,.0f Vorfälle/km²", grid.max());
        return Optional.of(Legend.gradient(getTitle(), ColorRamp.DENSITY.stops(), "niedrig", high));
    }
}
