package de.stadtlage.map;

import de.stadtlage.situation.hotspot.DensityGrid;
import java.util.Optional;

/** Density now minus density before: red where incidents rose, blue where they fell, symmetric around zero. */
public final class ChangeLayer extends GridLayer {

    /** Changes below this share of the largest change are left transparent (noise, not a trend). */
    public static final double FLOOR = 0.06;
    /** Also the Google map's legend for the change mode. */
    public static final Legend LEGEND = Legend.gradient("Veränderung zum Vorzeitraum", ColorRamp.CHANGE.stops(),
            "gesunken", "gestiegen");

    public ChangeLayer() {
        super(LEGEND.title());
    }

    @Override
    protected int argb(double value, DensityGrid grid) {
        double scale = Math.max(grid.max(), -grid.min());
        double t = scale <= 0 ? 0 : value / scale;
        return Math.abs(t) < FLOOR ? 0 : ColorRamp.CHANGE.argbAt((t + 1) / 2);
    }

    @Override
    public Optional<Legend> legend() {
        return Optional.of(LEGEND);
    }
}
