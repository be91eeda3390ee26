package de.stadtlage.situation.hotspot;

/**
 * Metre conversions on a local equirectangular approximation. Over the few kilometres of a city centre the error
 * against a geodesic distance stays far below one grid cell, and it keeps the hot loops free of trigonometry.
 */
public final class GeoMath {

    /** Mean earth radius (IUGG), the same value the map projection uses. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;
    public static final double METRES_PER_DEGREE_LAT = EARTH_RADIUS_M * Math.PI / 180.0;

    private GeoMath() {
    }

    public static double metresPerDegreeLon(double latitude) {
        return METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(latitude));
    }

    /** Distance in metres between two nearby points. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * METRES_PER_DEGREE_LAT;
        double dx = (lon2 - lon1) * metresPerDegreeLon((lat1 + lat2) / 2);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
