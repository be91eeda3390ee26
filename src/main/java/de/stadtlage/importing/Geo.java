package de.stadtlage.importing;

/** Distances on the map area: an equirectangular approximation, exact to centimetres over a few kilometres. */
final class Geo {

    private static final double METERS_PER_DEGREE_LAT = 111_195.0;

    private Geo() {
    }

    /** Distance in metres between two {lon, lat} points. */
    static double meters(double[] a, double[] b) {
        return meters(a[1], a[0], b[1], b[0]);
    }

    static double meters(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * METERS_PER_DEGREE_LAT;
        double dx = (lon2 - lon1) * METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.sqrt(dx * dx + dy * dy);
    }
}
