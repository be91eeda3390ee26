package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import java.util.Optional;

/** Density now minus density before: red where incidents rose, blue where they fell, symmetric around zero. */
public final class ChangeLayer extends GridLayer {

    /** Changes below this share of the largest change are left transparent (noise, not a trend). */
    public static final double FLOOR = 0.06;

    public ChangeLayer() {
        super("Veränderung zum Vorzeitraum");
    }

    @Override
    protected int argb(double value, DensityGrid grid) {
        double scale = Math.max(grid.max(), -grid.min());
        double t = scale <= 0 ? 0 : value / scale;
        return Math.abs(t) < FLOOR ? 0 : ColorRamp.CHANGE.argbAt((t + 1) / 2);
    }

    @Override
    public Optional<Legend> legend() {
        return Optional.of(Legend.gradient(getTitle(), ColorRamp.CHANGE.stops(), "gesunken", "gestiegen"));
    }
}
