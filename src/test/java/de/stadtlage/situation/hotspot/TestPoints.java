package de.stadtlage.situation.hotspot;

import java.util.Random;

/** Synthetic incident clouds around given places, reproducible by seed. */
final class TestPoints {

    static final double HBF_LAT = 51.51789;
    static final double HBF_LON = 7.45928;
    static final double NORDMARKT_LAT = 51.52587;
    static final double NORDMARKT_LON = 7.46564;

    private final Random random;
    private double[] lat = new double[64];
    private double[] lon = new double[64];
    private int size;

    TestPoints(long seed) {
        random = new Random(seed);
    }

    /** Adds {@code n} points normally scattered (standard deviation in metres) around a place. */
    TestPoints cluster(double cLat, double cLon, int n, double sdMetres) {
        for (int i = 0; i < n; i++) {
            add(cLat + random.nextGaussian() * sdMetres / GeoMath.METRES_PER_DEGREE_LAT,
                    cLon + random.nextGaussian() * sdMetres / GeoMath.metresPerDegreeLon(cLat));
        }
        return this;
    }

    /** Adds {@code n} points spread evenly over the Dortmund map box. */
    TestPoints uniform(int n) {
        double[] b = HotspotEngine.DORTMUND_CENTER_BOX;
        for (int i = 0; i < n; i++) {
            add(b[0] + random.nextDouble() * (b[2] - b[0]), b[1] + random.nextDouble() * (b[3] - b[1]));
        }
        return this;
    }

    TestPoints add(double pLat, double pLon) {
        if (size == lat.length) {
            lat = java.util.Arrays.copyOf(lat, size * 2);
            lon = java.util.Arrays.copyOf(lon, size * 2);
        }
        lat[size] = pLat;
        lon[size] = pLon;
        size++;
        return this;
    }

    IncidentPoints build() {
        return new IncidentPoints(lat, lon, null, size);
    }
}
