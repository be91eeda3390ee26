package de.stadtlage.map.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.stadtlage.situation.MapMode;
import de.stadtlage.situation.hotspot.DensityGrid;
import de.stadtlage.situation.hotspot.GeoMath;
import de.stadtlage.situation.hotspot.GridExtent;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotMethod;
import de.stadtlage.situation.hotspot.HotspotResult;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.IncidentPoints;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Google map's hotspot layer as plain data: which boxes, where, in which colour, for each map mode. */
class HotspotOverlayTest {

    private static final double HBF_LAT = 51.51789;
    private static final double HBF_LON = 7.45928;
    private static final double NORDMARKT_LAT = 51.52587;
    private static final double NORDMARKT_LON = 7.46564;

    private final HotspotEngine engine = new HotspotEngine(PlaceLookup.NONE);
    private final GridExtent area = HotspotEngine.dortmundCenter();

    @Test
    void densityModeColoursTheBlocksAroundTheClusterInTheHeatRampOfTheOfflineMap() {
        HotspotResult kde = engine.analyse(cluster(HBF_LAT, HBF_LON, 200, 40, 1), area, HotspotSettings.defaults());

        List<OverlayCell> cells = HotspotOverlay.of(MapMode.KDE, kde, null);

        assertThat(cells).isNotEmpty().hasSizeLessThan(200);
        OverlayCell peak = strongest(cells);
        assertThat(peak.level()).isEqualTo(HotspotOverlay.LEVELS);
        assertThat(contains(peak, HBF_LAT, HBF_LON, 60)).as("peak box at the cluster").isTrue();
        // the top of DensityLayer's ramp: #a50f15 at 0.84
        assertThat(peak.color()).isEqualTo("#a50f15");
        assertThat(peak.opacity()).isCloseTo(0.84, within(0.01));
        assertThat(cells).allMatch(c -> c.level() > 0 && c.north() > c.south() && c.east() > c.west());
        assertThat(cells).noneMatch(c -> contains(c, NORDMARKT_LAT, NORDMARKT_LON, 0));
    }

    @Test
    void densityBoxesOfOneColourInARowAreMergedAndNeverOverlap() {
        HotspotResult kde = engine.analyse(cluster(HBF_LAT, HBF_LON, 400, 120, 2), area, HotspotSettings.defaults());

        List<OverlayCell> cells = HotspotOverlay.of(MapMode.KDE, kde, null);

        assertThat(cells).anyMatch(c -> widthMetres(c) > HotspotOverlay.BLOCK_METRES * 1.5);
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                assertThat(overlap(cells.get(i), cells.get(j))).as(cells.get(i) + " / " + cells.get(j)).isFalse();
            }
        }
    }

    @Test
    void giStarModeShowsHotCellsWithTheirConfidenceColours() {
        IncidentPoints points = cluster(HBF_LAT, HBF_LON, 150, 50, 3);
        HotspotResult gi = engine.analyse(points, area, HotspotSettings.defaults().withMethod(HotspotMethod.GI_STAR));

        List<OverlayCell> cells = HotspotOverlay.of(MapMode.GI_STAR, gi, null);

        assertThat(cells).isNotEmpty();
        OverlayCell hottest = strongest(cells);
        assertThat(hottest.level()).isEqualTo(3);
        assertThat(hottest.color()).isEqualTo("#b2182b"); // GiStarLayer: hot spot at 99 %
        assertThat(contains(hottest, HBF_LAT, HBF_LON, 150)).isTrue();
        assertThat(cells).allMatch(c -> c.level() >= -3 && c.level() <= 3 && c.level() != 0);
        assertThat(cells.stream().filter(c -> c.level() == 3)).allMatch(c -> c.color().equals("#b2182b"));
        assertThat(cells.stream().filter(c -> c.level() == 2)).allMatch(c -> c.color().equals("#ef8a62"));
        assertThat(cells.stream().filter(c -> c.level() == 1)).allMatch(c -> c.color().equals("#f4c49d"));
    }

    @Test
    void changeModeShowsRisesInRedAndFallsInBlue() {
        IncidentPoints now = cluster(NORDMARKT_LAT, NORDMARKT_LON, 120, 50, 4);
        IncidentPoints before = cluster(HBF_LAT, HBF_LON, 120, 50, 5);
        HotspotSettings settings = HotspotSettings.defaults();
        DensityGrid change = engine.change(now, before, area, settings);

        List<OverlayCell> cells = HotspotOverlay.of(MapMode.CHANGE, engine.analyse(now, area, settings), change);

        OverlayCell rise = cells.stream().filter(c -> c.level() == HotspotOverlay.LEVELS).findFirst().orElseThrow();
        OverlayCell fall = cells.stream().filter(c -> c.level() == -HotspotOverlay.LEVELS).findFirst().orElseThrow();
        assertThat(contains(rise, NORDMARKT_LAT, NORDMARKT_LON, 150)).isTrue();
        assertThat(contains(fall, HBF_LAT, HBF_LON, 150)).isTrue();
        assertThat(rise.color()).isEqualTo("#b2182b"); // the ends of ChangeLayer's ramp
        assertThat(fall.color()).isEqualTo("#2166ac");
        assertThat(cells).noneMatch(c -> c.level() == 0);
    }

    @Test
    void aResultOfAnotherModeDrawsNothingInsteadOfTheWrongColours() {
        HotspotResult kde = engine.analyse(cluster(HBF_LAT, HBF_LON, 100, 40, 6), area, HotspotSettings.defaults());

        assertThat(HotspotOverlay.of(MapMode.GI_STAR, kde, null)).isEmpty();
        assertThat(HotspotOverlay.of(MapMode.CHANGE, kde, null)).isEmpty();
        assertThat(HotspotOverlay.of(MapMode.KDE, null, null)).isEmpty();
    }

    @Test
    void noIncidentsNoBoxes() {
        HotspotResult kde = engine.analyse(IncidentPoints.empty(), area, HotspotSettings.defaults());
        DensityGrid change = engine.change(IncidentPoints.empty(), IncidentPoints.empty(), area, HotspotSettings.defaults());

        assertThat(HotspotOverlay.of(MapMode.KDE, kde, change)).isEmpty();
        assertThat(HotspotOverlay.of(MapMode.CHANGE, kde, change)).isEmpty();
    }

    @Test
    void manyScatteredHotspotsAreCappedToTheStrongestBoxes() {
        Random random = new Random(7);
        double[] b = HotspotEngine.DORTMUND_CENTER_BOX;
        int n = 4000;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = b[0] + random.nextDouble() * (b[2] - b[0]);
            lon[i] = b[1] + random.nextDouble() * (b[3] - b[1]);
        }
        HotspotResult kde = engine.analyse(IncidentPoints.of(lat, lon), area, HotspotSettings.defaults());

        List<OverlayCell> cells = HotspotOverlay.of(MapMode.KDE, kde, null);

        assertThat(cells).hasSizeLessThanOrEqualTo(HotspotOverlay.MAX_CELLS);
        assertThat(cells).anyMatch(c -> c.level() == HotspotOverlay.LEVELS);
    }

    private static OverlayCell strongest(List<OverlayCell> cells) {
        return cells.stream().max(java.util.Comparator.comparingInt(c -> Math.abs(c.level()))).orElseThrow();
    }

    /** Whether the box lies within {@code metres} of the point (0: the point is inside). */
    private static boolean contains(OverlayCell c, double lat, double lon, double metres) {
        double dLat = metres / GeoMath.METRES_PER_DEGREE_LAT;
        double dLon = metres / GeoMath.metresPerDegreeLon(lat);
        return lat >= c.south() - dLat && lat <= c.north() + dLat && lon >= c.west() - dLon && lon <= c.east() + dLon;
    }

    private static boolean overlap(OverlayCell a, OverlayCell b) {
        double eps = 1e-9;
        return a.west() < b.east() - eps && b.west() < a.east() - eps && a.south() < b.north() - eps
                && b.south() < a.north() - eps;
    }

    private static double widthMetres(OverlayCell c) {
        return (c.east() - c.west()) * GeoMath.metresPerDegreeLon(c.south());
    }

    private static IncidentPoints cluster(double lat, double lon, int n, double sdMetres, long seed) {
        Random random = new Random(seed);
        double[] la = new double[n];
        double[] lo = new double[n];
        for (int i = 0; i < n; i++) {
            la[i] = lat + random.nextGaussian() * sdMetres / GeoMath.METRES_PER_DEGREE_LAT;
            lo[i] = lon + random.nextGaussian() * sdMetres / GeoMath.metresPerDegreeLon(lat);
        }
        return IncidentPoints.of(la, lo);
    }
}
