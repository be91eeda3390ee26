package de.stadtlage.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.stadtlage.situation.hotspot.GeoMath;
import org.junit.jupiter.api.Test;

class ProjectionAndViewportTest {

    private final LocalProjection p = LocalProjection.DORTMUND;

    @Test
    void projectionRoundTripsAcrossThePackageBox() {
        for (double lat = 51.497; lat <= 51.533; lat += 0.003) {
            for (double lon = 7.435; lon <= 7.505; lon += 0.005) {
                assertThat(p.lat(p.y(lat))).isCloseTo(lat, within(1e-12));
                assertThat(p.lon(p.x(lon))).isCloseTo(lon, within(1e-12));
            }
        }
    }

    @Test
    void projectedDistancesAreGroundMetres() {
        // Hauptbahnhof to Nordmarkt, about 1 km: the scale bar must not lie by more than a few metres
        double dx = p.x(7.46564) - p.x(7.45928);
        double dy = p.y(51.52587) - p.y(51.51789);
        double geodesic = GeoMath.distanceMetres(51.51789, 7.45928, 51.52587, 7.46564);
        assertThat(Math.hypot(dx, dy)).isCloseTo(geodesic, within(3.0));
        assertThat(Math.hypot(dx, dy)).isBetween(990.0, 1010.0);
    }

    @Test
    void screenAndWorldCoordinatesRoundTrip() {
        MapViewport vp = new MapViewport(120, -340, 2.5, 1200, 800);
        assertThat(vp.worldX(vp.screenX(777))).isCloseTo(777, within(1e-9));
        assertThat(vp.worldY(vp.screenY(-55))).isCloseTo(-55, within(1e-9));
        assertThat(vp.screenY(vp.centerY() + 100)).as("north is up").isLessThan(vp.height() / 2);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        MapViewport vp = new MapViewport(0, 0, 4, 1000, 600);
        double wx = vp.worldX(150);
        double wy = vp.worldY(420);
        MapViewport zoomed = vp.zoomAt(2, 150, 420);
        assertThat(zoomed.metresPerPixel()).isEqualTo(2);
        assertThat(zoomed.worldX(150)).isCloseTo(wx, within(1e-9));
        assertThat(zoomed.worldY(420)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void zoomStopsAtTheLimits() {
        MapViewport vp = new MapViewport(0, 0, 1, 1000, 600);
        assertThat(vp.zoomAt(1000, 0, 0).metresPerPixel()).isEqualTo(MapViewport.MIN_METRES_PER_PIXEL);
        assertThat(vp.zoomAt(0.0001, 0, 0).metresPerPixel()).isEqualTo(MapViewport.MAX_METRES_PER_PIXEL);
    }

    @Test
    void fitShowsTheWholeBox() {
        MapViewport vp = MapViewport.fit(-1000, -500, 1000, 500, 800, 800, 20);
        assertThat(vp.minX()).isLessThanOrEqualTo(-1000);
        assertThat(vp.maxX()).isGreaterThanOrEqualTo(1000);
        assertThat(vp.minY()).isLessThanOrEqualTo(-500);
        assertThat(vp.maxY()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void scaleBarUsesRoundLengths() {
        assertThat(MapDecorations.niceLength(1)).isEqualTo(100);
        assertThat(MapDecorations.niceLength(4)).isEqualTo(500);
        assertThat(MapDecorations.niceLength(10)).isEqualTo(1000);
        assertThat(MapDecorations.lengthText(1000)).isEqualTo("1 km");
        assertThat(MapDecorations.lengthText(200)).isEqualTo("200 m");
    }
}
