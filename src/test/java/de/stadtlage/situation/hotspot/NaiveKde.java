package de.stadtlage.situation.hotspot;

/**
 * The textbook kernel density: every incident against every cell centre. O(n × cells); kept as the reference the
 * fast estimator is checked and benchmarked against.
 */
public final class NaiveKde {

    private NaiveKde() {
    }

    public static double[] estimate(IncidentPoints p, GridExtent e, Kernel kernel, double h) {
        int cols = e.cols();
        int rows = e.rows();
        double[] cellLat = new double[rows];
        double[] cellLon = new double[cols];
        for (int r = 0; r < rows; r++) {
            cellLat[r] = e.centerLat(r);
        }
        for (int c = 0; c < cols; c++) {
            cellLon[c] = e.centerLon(c);
        }
        double mLat = GeoMath.METRES_PER_DEGREE_LAT;
        double mLon = GeoMath.metresPerDegreeLon((e.south() + e.north()) / 2);
        double scale = 1_000_000.0 / (h * h);
        // the one concession to speed: skip the square root and kernel call outside the kernel's support
        double reach2 = kernel.support() * h * kernel.support() * h;
        double[] out = new double[cols * rows];
        for (int i = 0; i < p.size(); i++) {
            double w = p.weight(i) * scale;
            for (int r = 0; r < rows; r++) {
                double dy = (p.lat()[i] - cellLat[r]) * mLat;
                for (int c = 0; c < cols; c++) {
                    double dx = (p.lon()[i] - cellLon[c]) * mLon;
                    double d2 = dx * dx + dy * dy;
                    if (d2 < reach2) {
                        out[r * cols + c] += w * kernel.value(Math.sqrt(d2) / h);
                    }
                }
            }
        }
        return out;
    }
}
