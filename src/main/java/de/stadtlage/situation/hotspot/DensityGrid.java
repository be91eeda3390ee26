package de.stadtlage.situation.hotspot;

/**
 * Values on a {@link GridExtent}: kernel density (incidents per km²), Gi* z-scores, or the difference of two
 * densities. The array is shared, not copied, to keep million-cell grids cheap; treat it as read-only.
 */
public final class DensityGrid {

    private final GridExtent extent;
    private final double[] values;
    private final double min;
    private final double max;

    public DensityGrid(GridExtent extent, double[] values) {
        if (values.length != extent.cellCount()) {
            throw new IllegalArgumentException("values do not match the grid");
        }
        this.extent = extent;
        this.values = values;
        double lo = 0;
        double hi = 0;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.min = lo;
        this.max = hi;
    }

    public GridExtent extent() {
        return extent;
    }

    public double[] values() {
        return values;
    }

    public double value(int col, int row) {
        return values[row * extent.cols() + col];
    }

    /** Value of the cell holding the point, 0 outside the grid. */
    public double valueAt(double lat, double lon) {
        int cell = extent.cellIndex(lat, lon);
        return cell < 0 ? 0 : values[cell];
    }

    /** Smallest value, never above 0. */
    public double min() {
        return min;
    }

    /** Largest value, never below 0. */
    public double max() {
        return max;
    }

    /** This grid minus an earlier one on the same cells: where density rose (positive) or fell (negative). */
    public DensityGrid minus(DensityGrid earlier) {
        if (!extent.sameGridAs(earlier.extent)) {
            throw new IllegalArgumentException("grids differ: " + extent + " vs " + earlier.extent);
        }
        double[] diff = new double[values.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = values[i] - earlier.values[i];
        }
        return new DensityGrid(extent, diff);
    }
}
