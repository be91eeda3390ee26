package de.stadtlage.map.google;

import de.stadtlage.map.ChangeLayer;
import de.stadtlage.map.ColorRamp;
import de.stadtlage.map.DensityLayer;
import de.stadtlage.map.GiStarLayer;
import de.stadtlage.map.Legend;
import de.stadtlage.situation.MapMode;
import de.stadtlage.situation.hotspot.DensityGrid;
import de.stadtlage.situation.hotspot.GiStarClass;
import de.stadtlage.situation.hotspot.GridExtent;
import de.stadtlage.situation.hotspot.HotspotMethod;
import de.stadtlage.situation.hotspot.HotspotResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.scene.paint.Color;

/**
 * The Lage map's hotspot layer for Google Maps, as coloured boxes from the same grids and colours as the offline
 * layers ({@link DensityLayer}, {@link GiStarLayer}, {@link ChangeLayer}). Pure Java, testable without a web view.
 * The 25 m density cells are merged into {@value #BLOCK_METRES} m blocks, the smooth ramps into
 * {@value #LEVELS} steps, and neighbouring boxes of one colour in a row into one box, so a few hundred shapes reach
 * Google's script instead of tens of thousands.
 */
public final class HotspotOverlay {

    static final double BLOCK_METRES = 100;
    static final int LEVELS = 6;
    /** More shapes make the web view sluggish; the strongest ones are kept. */
    static final int MAX_CELLS = 1500;

    private HotspotOverlay() {
    }

    /** The boxes for the mode the user picked; empty when the result was computed for another mode. */
    public static List<OverlayCell> of(MapMode mode, HotspotResult hotspots, DensityGrid change) {
        return switch (mode) {
            case KDE -> hotspots != null && hotspots.method() == HotspotMethod.KDE ? density(hotspots.grid()) : List.of();
            case GI_STAR -> hotspots != null && hotspots.classes() != null ? giStar(hotspots.grid()) : List.of();
            case CHANGE -> change == null ? List.of() : change(change);
        };
    }

    /** The legend of the boxes of {@link #of}: the offline layer's own, so both maps read the same. */
    public static Legend legend(MapMode mode, HotspotResult hotspots) {
        return switch (mode) {
            case KDE -> DensityLayer.legendFor(hotspots != null && hotspots.method() == HotspotMethod.KDE
                    ? hotspots.grid() : null);
            case GI_STAR -> GiStarLayer.legendOfClasses();
            case CHANGE -> ChangeLayer.LEGEND;
        };
    }

    /** Kernel density, each block by its highest cell, in the heat ramp of the offline map. */
    static List<OverlayCell> density(DensityGrid grid) {
        double max = grid.max();
        return boxes(grid, Block.MAX, value -> {
            double t = max <= 0 ? 0 : value / max;
            if (t < DensityLayer.FLOOR) {
                return null;
            }
            int level = Math.max(1, (int) Math.ceil(t * LEVELS));
            return Style.of(ColorRamp.DENSITY.at((double) level / LEVELS), level);
        });
    }

    /** Gi* z-scores: hot and cold cells in the three confidence colours; not significant cells stay clear. */
    static List<OverlayCell> giStar(DensityGrid zScores) {
        return boxes(zScores, Block.MAX_MAGNITUDE, z -> {
            GiStarClass giClass = GiStarClass.of(z);
            Color color = GiStarLayer.color(giClass);
            return color == null ? null : Style.of(color, giClass.bin());
        });
    }

    /** Density now minus before: red steps where incidents rose, blue ones where they fell. */
    static List<OverlayCell> change(DensityGrid difference) {
        double scale = Math.max(difference.max(), -difference.min());
        return boxes(difference, Block.MAX_MAGNITUDE, value -> {
            double t = scale <= 0 ? 0 : value / scale;
            if (Math.abs(t) < ChangeLayer.FLOOR) {
                return null;
            }
            int level = (int) Math.signum(t) * Math.max(1, (int) Math.ceil(Math.abs(t) * LEVELS));
            return Style.of(ColorRamp.CHANGE.at(((double) level / LEVELS + 1) / 2), level);
        });
    }

    private static List<OverlayCell> boxes(DensityGrid grid, Block block, DoubleFunction<Style> styleOf) {
        GridExtent e = grid.extent();
        int k = Math.max(1, (int) Math.round(BLOCK_METRES / e.cellSizeMetres()));
        int blockCols = (e.cols() + k - 1) / k;
        int blockRows = (e.rows() + k - 1) / k;
        double height = k * e.cellHeightDegrees();
        double width = k * e.cellWidthDegrees();
        List<OverlayCell> cells = new ArrayList<>();
        for (int br = 0; br < blockRows; br++) {
            double south = e.south() + br * height;
            double north = Math.min(e.north(), south + height);
            Style run = null;
            int runStart = 0;
            for (int bc = 0; bc <= blockCols; bc++) {
                Style style = bc == blockCols ? null : styleOf.apply(block.value(grid, bc * k, br * k, k));
                if (run != null && !run.equals(style)) {
                    cells.add(run.cell(south, e.west() + runStart * width, north,
                            Math.min(e.east(), e.west() + bc * width)));
                }
                if (style != null && !style.equals(run)) {
                    runStart = bc;
                }
                run = style;
            }
        }
        return strongest(cells);
    }

    private static List<OverlayCell> strongest(List<OverlayCell> cells) {
        if (cells.size() <= MAX_CELLS) {
            return List.copyOf(cells);
        }
        return cells.stream().sorted(Comparator.comparingInt((OverlayCell c) -> Math.abs(c.level())).reversed())
                .limit(MAX_CELLS).toList();
    }

    /** How a block of k×k cells is summed up into one value. */
    private enum Block {
        /** The highest value: a density peak keeps its colour. */
        MAX,
        /** The value farthest from zero, with its sign: rises and falls, hot and cold cells alike. */
        MAX_MAGNITUDE;

        double value(DensityGrid grid, int col0, int row0, int k) {
            GridExtent e = grid.extent();
            double chosen = 0;
            for (int row = row0; row < Math.min(e.rows(), row0 + k); row++) {
                for (int col = col0; col < Math.min(e.cols(), col0 + k); col++) {
                    double v = grid.value(col, row);
                    boolean better = this == MAX ? v > chosen : Math.abs(v) > Math.abs(chosen);
                    chosen = better ? v : chosen;
                }
            }
            return chosen;
        }
    }

    /** Colour, opacity and level of a run of boxes. */
    private record Style(String color, double opacity, int level) {

        static Style of(Color color, int level) {
            String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                    Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
            return new Style(hex, Math.round(color.getOpacity() * 100) / 100.0, level);
        }

        OverlayCell cell(double south, double west, double north, double east) {
            return new OverlayCell(south, west, north, east, color, opacity, level);
        }
    }
}
