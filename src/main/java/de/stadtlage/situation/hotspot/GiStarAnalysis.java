package de.stadtlage.situation.hotspot;

/**
 * Getis-Ord Gi* on grid cells with binary weights inside a fixed distance band (the cell itself included, which
 * is what makes it Gi* rather than Gi). Every cell of the extent is a feature, empty ones with count 0, as with an
 * ArcGIS fishnet over the study area.
 *
 * <pre>
 * Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)))
 * X̄ = Σ x_j / n,   S = √(Σ x_j² / n − X̄²)
 * </pre>
 */
public final class GiStarAnalysis {

    /** z-scores per cell; all 0 when the counts do not vary (no pattern to speak of). */
    public DensityGrid zScores(IncidentPoints points, GridExtent cells, double bandMetres) {
        return zScores(points.binInto(cells), cells, bandMetres);
    }

    /** z-scores for given cell counts (weights summed per cell). */
    public DensityGrid zScores(double[] counts, GridExtent cells, double bandMetres) {
        int n = counts.length;
        double sum = 0;
        double sumSq = 0;
        for (double x : counts) {
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        double[] z = new double[n];
        if (n < 2 || s == 0) {
            return new DensityGrid(cells, z);
        }
        int[] offsets = bandOffsets(cells.cellSizeMetres(), bandMetres);
        int cols = cells.cols();
        int rows = cells.rows();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int weights = 0;
                double local = 0;
                for (int k = 0; k < offsets.length; k += 2) {
                    int c = col + offsets[k];
                    int r = row + offsets[k + 1];
                    if (c >= 0 && c < cols && r >= 0 && r < rows) {
                        weights++;
                        local += counts[r * cols + c];
                    }
                }
                // binary weights: Σw² equals Σw
                double denominator = s * Math.sqrt((n * (double) weights - (double) weights * weights) / (n - 1));
                z[row * cols + col] = denominator == 0 ? 0 : (local - mean * weights) / denominator;
            }
        }
        return new DensityGrid(cells, z);
    }

    /** Column/row offsets (pairs) of all cells whose centre lies within the band of a cell's centre. */
    static int[] bandOffsets(double cellMetres, double bandMetres) {
        int r = (int) Math.floor(bandMetres / cellMetres);
        int[] buffer = new int[2 * (2 * r + 1) * (2 * r + 1)];
        int used = 0;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (Math.hypot(dx, dy) * cellMetres <= bandMetres + 1e-9) {
                    buffer[used++] = dx;
                    buffer[used++] = dy;
                }
            }
        }
        return java.util.Arrays.copyOf(buffer, used);
    }

    /** The confidence class of every cell. */
    public static GiStarClass[] classify(DensityGrid zScores) {
        double[] z = zScores.values();
        GiStarClass[] classes = new GiStarClass[z.length];
        for (int i = 0; i < z.length; i++) {
            classes[i] = GiStarClass.of(z[i]);
        }
        return classes;
    }
}
