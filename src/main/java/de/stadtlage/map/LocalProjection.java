package de.stadtlage.map;

import de.stadtlage.situation.hotspot.GeoMath;

/**
 * Local equirectangular projection: metres east and north of an origin. Over a city centre its scale error is
 * well under 0.1 %, the scale bar needs no latitude correction, and a latitude/longitude grid stays an
 * axis-aligned rectangle, so hotspot grids can be drawn as one scaled image.
 */
public final class LocalProjection {

    /** Origin in the middle of Dortmund's City; any nearby origin works equally well. */
    public static final LocalProjection DORTMUND = new LocalProjection(51.515, 7.47);

    private final double originLat;
    private final double originLon;
    private final double metresPerDegreeLon;

    public LocalProjection(double originLat, double originLon) {
        this.originLat = originLat;
        this.originLon = originLon;
        this.metresPerDegreeLon = GeoMath.metresPerDegreeLon(originLat);
    }

    /** Metres east of the origin. */
    public double x(double lon) {
        return (lon - originLon) * metresPerDegreeLon;
    }

    /** Metres north of the origin. */
    public double y(double lat) {
        return (lat - originLat) * GeoMath.METRES_PER_DEGREE_LAT;
    }

    public double lon(double x) {
        return originLon + x / metresPerDegreeLon;
    }

    public double lat(double y) {
        return originLat + y / GeoMath.METRES_PER_DEGREE_LAT;
    }
}
