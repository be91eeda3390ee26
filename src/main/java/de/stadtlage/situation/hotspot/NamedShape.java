package de.stadtlage.situation.hotspot;

/**
 * A named polyline (a street) or polygon ring (a district) as plain coordinate arrays, so the engine can name
 * places without knowing the map package's format.
 */
public record NamedShape(String name, double[] lat, double[] lon) {

    public NamedShape {
        if (lat.length != lon.length) {
            throw new IllegalArgumentException("lat and lon differ in length");
        }
    }

    public int size() {
        return lat.length;
    }

    /** Even-odd ray casting; the ring may or may not repeat its first point. */
    public boolean contains(double pLat, double pLon) {
        boolean inside = false;
        for (int i = 0, j = lat.length - 1; i < lat.length; j = i++) {
            if ((lat[i] > pLat) != (lat[j] > pLat)
                    && pLon < (lon[j] - lon[i]) * (pLat - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Shortest distance in metres from a point to this polyline. */
    public double distanceMetres(double pLat, double pLon) {
        double mLon = GeoMath.metresPerDegreeLon(pLat);
        double mLat = GeoMath.METRES_PER_DEGREE_LAT;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lat.length; i++) {
            double ax = (lon[i] - pLon) * mLon;
            double ay = (lat[i] - pLat) * mLat;
            if (i + 1 == lat.length) {
                best = Math.min(best, Math.hypot(ax, ay));
                break;
            }
            double bx = (lon[i + 1] - pLon) * mLon;
            double by = (lat[i + 1] - pLat) * mLat;
            best = Math.min(best, segmentDistanceToOrigin(ax, ay, bx, by));
        }
        return best;
    }

    private static double segmentDistanceToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }
}
