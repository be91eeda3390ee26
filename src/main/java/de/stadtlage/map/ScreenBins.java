package de.stadtlage.map;

/**
 * Incident counts per screen cell and category. Cells are anchored to the projected plane, not to the window,
 * so circles stay put while panning instead of jumping between cells.
 */
final class ScreenBins {

    private final int cols;
    private final int rows;
    private final int categories;
    private final int[] counts;
    private final int[] perCategory;
    private final double originX;
    private final double originY;
    private final double cellPx;

    private ScreenBins(int cols, int rows, int categories, double originX, double originY, double cellPx) {
        this.cols = cols;
        this.rows = rows;
        this.categories = categories;
        this.counts = new int[cols * rows];
        this.perCategory = new int[cols * rows * categories];
        this.originX = originX;
        this.originY = originY;
        this.cellPx = cellPx;
    }

    static ScreenBins count(float[] xs, float[] ys, byte[] cats, int n, MapViewport vp, double cellPx, int k) {
        double cellM = cellPx * vp.metresPerPixel();
        double gx0 = Math.floor(vp.minX() / cellM) * cellM;
        double gy1 = Math.ceil(vp.maxY() / cellM) * cellM;
        int cols = (int) Math.ceil((vp.maxX() - gx0) / cellM) + 1;
        int rows = (int) Math.ceil((gy1 - vp.minY()) / cellM) + 1;
        ScreenBins bins = new ScreenBins(cols, rows, Math.max(1, k), vp.screenX(gx0), vp.screenY(gy1), cellPx);
        for (int i = 0; i < n; i++) {
            int c = (int) Math.floor((xs[i] - gx0) / cellM);
            int r = (int) Math.floor((gy1 - ys[i]) / cellM);
            if (c >= 0 && c < cols && r >= 0 && r < rows) {
                int cell = r * cols + c;
                bins.counts[cell]++;
                int cat = cats[i];
                if (cat >= 0 && cat < bins.categories) {
                    bins.perCategory[cell * bins.categories + cat]++;
                }
            }
        }
        return bins;
    }

    static boolean sameCell(MapViewport vp, double x, double y, double sx, double sy, double cellPx) {
        double cellM = cellPx * vp.metresPerPixel();
        return Math.floor(x / cellM) == Math.floor(vp.worldX(sx) / cellM)
                && Math.floor(y / cellM) == Math.floor(vp.worldY(sy) / cellM);
    }

    int cellCount() {
        return counts.length;
    }

    int count(int cell) {
        return counts[cell];
    }

    double centerX(int cell) {
        return originX + (cell % cols + 0.5) * cellPx;
    }

    double centerY(int cell) {
        return originY + (cell / cols + 0.5) * cellPx;
    }

    int dominantCategory(int cell) {
        int best = 0;
        for (int c = 1; c < categories; c++) {
            if (perCategory[cell * categories + c] > perCategory[cell * categories + best]) {
                best = c;
            }
        }
        return best;
    }
}
