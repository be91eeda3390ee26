package de.stadtlage.situation.hotspot;

import java.util.Arrays;

/**
 * The engine's input: incidents as parallel primitive arrays, so a million of them cost 24 MB and no objects.
 * {@code weight} may be {@code null}, meaning every incident counts once.
 */
public record IncidentPoints(double[] lat, double[] lon, double[] weight, int size) {

    public IncidentPoints {
        if (size < 0 || lat.length < size || lon.length < size || weight != null && weight.length < size) {
            throw new IllegalArgumentException("arrays shorter than size " + size);
        }
    }

    public static IncidentPoints of(double[] lat, double[] lon) {
        return new IncidentPoints(lat, lon, null, Math.min(lat.length, lon.length));
    }

    public static IncidentPoints empty() {
        return new IncidentPoints(new double[0], new double[0], null, 0);
    }

    public double weight(int i) {
        return weight == null ? 1.0 : weight[i];
    }

    /** Sums the weights into the grid's cells; points outside the grid are left out. */
    public double[] binInto(GridExtent extent) {
        double[] bins = new double[extent.cellCount()];
        for (int i = 0; i < size; i++) {
            int cell = extent.cellIndex(lat[i], lon[i]);
            if (cell >= 0) {
                bins[cell] += weight == null ? 1.0 : weight[i];
            }
        }
        return bins;
    }

    /** Number of incidents (not weights) within {@code radiusMetres} of a point. */
    public int countWithin(double centerLat, double centerLon, double radiusMetres) {
        double dLat = radiusMetres / GeoMath.METRES_PER_DEGREE_LAT;
        double mLon = GeoMath.metresPerDegreeLon(centerLat);
        double r2 = radiusMetres * radiusMetres;
        int count = 0;
        for (int i = 0; i < size; i++) {
            double dyDeg = lat[i] - centerLat;
            if (dyDeg > dLat || dyDeg < -dLat) {
                continue;
            }
            double dy = dyDeg * GeoMath.METRES_PER_DEGREE_LAT;
            double dx = (lon[i] - centerLon) * mLon;
            if (dx * dx + dy * dy <= r2) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentPoints p && p.size == size
                && Arrays.equals(lat, 0, size, p.lat, 0, size) && Arrays.equals(lon, 0, size, p.lon, 0, size);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(Arrays.copyOf(lat, Math.min(size, 16)));
    }

    @Override
    public String toString() {
        return "IncidentPoints[" + size + "]";
    }
}
