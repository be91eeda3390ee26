package de.stadtlage.map;

import de.stadtlage.situation.hotspot.IncidentPoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javafx.scene.paint.Color;

/** The real map package (loaded once per JVM) and synthetic incidents for map tests. */
final class MapTestData {

    private static MapData data;

    static final double HBF_LAT = 51.51789;
    static final double HBF_LON = 7.45928;
    static final double NORDMARKT_LAT = 51.52587;
    static final double NORDMARKT_LON = 7.46564;

    static final IncidentLayer.Palette PALETTE = new IncidentLayer.Palette(
            List.of(Color.web("#8e24aa"), Color.web("#d81b60"), Color.web("#f4511e"), Color.web("#3949ab")),
            List.of("Drogenkonsum", "Drogenhandel", "Aggressives Betteln", "Campieren"));

    private MapTestData() {
    }

    static synchronized MapData map() {
        if (data == null) {
            try {
                data = MapPackageLoader.fromClasspath().load().orElseThrow(
                        () -> new IllegalStateException("map package missing in target/classes"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** Incidents: two thirds around Hauptbahnhof and Nordmarkt, the rest spread over the map. */
    static Incidents incidents(int n, long seed) {
        Random r = new Random(seed);
        double[] lat = new double[n];
        double[] lon = new double[n];
        int[] cat = new int[n];
        long[] id = new long[n];
        for (int i = 0; i < n; i++) {
            int kind = i % 3;
            if (kind == 0) {
                lat[i] = HBF_LAT + r.nextGaussian() * 0.0006;
                lon[i] = HBF_LON + r.nextGaussian() * 0.0009;
            } else if (kind == 1) {
                lat[i] = NORDMARKT_LAT + r.nextGaussian() * 0.0006;
                lon[i] = NORDMARKT_LON + r.nextGaussian() * 0.0009;
            } else {
                lat[i] = 51.500 + r.nextDouble() * 0.030;
                lon[i] = 7.440 + r.nextDouble() * 0.060;
            }
            cat[i] = r.nextInt(PALETTE.colors().size());
            id[i] = i + 1;
        }
        return new Incidents(lat, lon, cat, id);
    }

    record Incidents(double[] lat, double[] lon, int[] category, long[] id) {
        IncidentPoints points() {
            return IncidentPoints.of(lat, lon);
        }

        void into(IncidentLayer layer, LocalProjection p) {
            layer.setIncidents(lat, lon, category, id, lat.length, PALETTE, p);
        }
    }
}
