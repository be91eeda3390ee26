package de.stadtlage.situation.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the strongest local maxima of a grid and keeps only one peak per neighbourhood, so one cluster does
 * not fill the whole list with its shoulder cells.
 */
final class PeakFinder {

    private PeakFinder() {
    }

    /**
     * @param minValue     peaks must be strictly above this
     * @param separationM  a weaker peak closer than this to a stronger one is dropped
     * @return cell indices, strongest first
     */
    static int[] peaks(DensityGrid grid, double minValue, double separationM, int max) {
        List<Integer> candidates = localMaxima(grid, minValue);
        double[] v = grid.values();
        candidates.sort(Comparator.comparingDouble((Integer c) -> v[c]).reversed().thenComparingInt(c -> c));
        int cols = grid.extent().cols();
        double cell = grid.extent().cellSizeMetres();
        double minCells2 = (separationM / cell) * (separationM / cell);
        List<Integer> kept = new ArrayList<>();
        for (int c : candidates) {
            if (kept.size() >= max) {
                break;
            }
            boolean farEnough = kept.stream().allMatch(k -> {
                double dx = (k % cols) - (c % cols);
                double dy = (k / cols) - (c / cols);
                return dx * dx + dy * dy >= minCells2;
            });
            if (farEnough) {
                kept.add(c);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> localMaxima(DensityGrid grid, double minValue) {
        int cols = grid.extent().cols();
        int rows = grid.extent().rows();
        double[] v = grid.values();
        List<Integer> out = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int i = row * cols + col;
                if (v[i] > minValue && isLocalMax(v, cols, rows, col, row)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Ties go to the first cell in scan order, so a flat top yields one peak, not several. */
    private static boolean isLocalMax(double[] v, int cols, int rows, int col, int row) {
        int i = row * cols + col;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int c = col + dx;
                int r = row + dy;
                if ((dx == 0 && dy == 0) || c < 0 || c >= cols || r < 0 || r >= rows) {
                    continue;
                }
                int j = r * cols + c;
                if (v[j] > v[i] || (j < i && v[j] == v[i])) {
                    return false;
                }
            }
        }
        return true;
    }
}
