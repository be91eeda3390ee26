package de.stadtlage.importing;

import java.util.List;

/**
 * One street as a polyline (longitude, latitude pairs), oriented so that it starts at the end nearer the city
 * centre: German house numbers usually count outwards from there.
 */
record StreetLine(String name, List<double[]> points, double lengthMeters) {

    static StreetLine of(String name, List<double[]> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += Geo.meters(points.get(i - 1), points.get(i));
        }
        return new StreetLine(name, List.copyOf(points), length);
    }

    /** The point {@code distance} metres from the start, clamped to the street's ends; {lon, lat}. */
    double[] pointAt(double distance) {
        double remaining = Math.max(0, Math.min(distance, lengthMeters));
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double segment = Geo.meters(a, b);
            if (remaining <= segment && segment > 0) {
                double t = remaining / segment;
                return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
            }
            remaining -= segment;
        }
        return points.get(points.size() - 1).clone();
    }

    double[] midpoint() {
        return pointAt(lengthMeters / 2);
    }
}
