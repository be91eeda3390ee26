package de.stadtlage.situation.hotspot;

import static de.stadtlage.situation.hotspot.TestPoints.HBF_LAT;
import static de.stadtlage.situation.hotspot.TestPoints.HBF_LON;
import static de.stadtlage.situation.hotspot.TestPoints.NORDMARKT_LAT;
import static de.stadtlage.situation.hotspot.TestPoints.NORDMARKT_LON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotspotEngineTest {

    private final HotspotEngine engine = new HotspotEngine(PlaceLookup.NONE);
    private final GridExtent area = HotspotEngine.dortmundCenter();
    private final HotspotSettings kde = HotspotSettings.defaults();

    private static IncidentPoints twoClustersAndNoise() {
        return new TestPoints(7)
                .cluster(HBF_LAT, HBF_LON, 300, 15)
                .cluster(NORDMARKT_LAT, NORDMARKT_LON, 150, 15)
                .uniform(200)
                .build();
    }

    @Test
    void densityPeaksSitOnTheClustersStrongestFirst() {
        List<Hotspot> spots = engine.analyse(twoClustersAndNoise(), area, kde).hotspots();

        assertThat(spots).hasSizeGreaterThanOrEqualTo(2);
        assertWithinOneCell(spots.get(0), HBF_LAT, HBF_LON, kde.kdeCellMetres());
        assertWithinOneCell(spots.get(1), NORDMARKT_LAT, NORDMARKT_LON, kde.kdeCellMetres());
        assertThat(spots.get(0).rank()).isEqualTo(1);
        assertThat(spots.get(0).score()).isGreaterThan(spots.get(1).score());
        // 300 clustered points (sd 15 m) all lie within 150 m, plus a few of the 200 noise points
        assertThat(spots.get(0).incidents()).isBetween(300, 310);
        assertThat(spots.get(1).incidents()).isBetween(150, 160);
    }

    @Test
    void gaussianKernelFindsTheSamePeaks() {
        List<Hotspot> spots = engine.analyse(twoClustersAndNoise(), area, kde.withKernel(Kernel.GAUSSIAN)).hotspots();

        assertWithinOneCell(spots.get(0), HBF_LAT, HBF_LON, kde.kdeCellMetres());
        assertWithinOneCell(spots.get(1), NORDMARKT_LAT, NORDMARKT_LON, kde.kdeCellMetres());
    }

    @Test
    void giStarMarksTheClusterCellsAsHotAtNinetyNinePercent() {
        HotspotSettings gi = kde.withMethod(HotspotMethod.GI_STAR);
        HotspotResult result = engine.analyse(twoClustersAndNoise(), area, gi);

        assertWithinOneCell(result.hotspots().get(0), HBF_LAT, HBF_LON, gi.giCellMetres());
        int hbfCell = result.grid().extent().cellIndex(HBF_LAT, HBF_LON);
        assertThat(result.classes()[hbfCell]).isEqualTo(GiStarClass.HOT_99);
        assertThat(result.hotspots()).allSatisfy(h -> assertThat(h.score()).isGreaterThanOrEqualTo(GiStarClass.Z_90));
    }

    @Test
    void densityIntegratesToTheNumberOfIncidents() {
        IncidentPoints points = new TestPoints(3).cluster(HBF_LAT, HBF_LON, 500, 60).build();
        DensityGrid grid = engine.density(points, area, kde);

        double cellKm2 = Math.pow(grid.extent().cellSizeMetres() / 1000, 2);
        double total = java.util.Arrays.stream(grid.values()).sum() * cellKm2;
        assertThat(total).isCloseTo(500, within(5.0));
    }

    @Test
    void emptyInputGivesAFlatSurfaceAndNoHotspots() {
        for (HotspotMethod method : HotspotMethod.values()) {
            HotspotResult result = engine.analyse(IncidentPoints.empty(), area, kde.withMethod(method));
            assertThat(result.hotspots()).isEmpty();
            assertThat(result.grid().max()).isZero();
            assertThat(result.grid().min()).isZero();
        }
    }

    @Test
    void singleIncidentIsOneHotspotAtItsOwnCell() {
        IncidentPoints one = new TestPoints(1).add(HBF_LAT, HBF_LON).build();
        List<Hotspot> spots = engine.analyse(one, area, kde).hotspots();

        assertThat(spots).hasSize(1);
        assertThat(spots.get(0).incidents()).isEqualTo(1);
        assertWithinOneCell(spots.get(0), HBF_LAT, HBF_LON, kde.kdeCellMetres());
        // quartic peak 3/(π h²) per m² = 42.4 per km² for h = 150 m
        assertThat(spots.get(0).score()).isCloseTo(3 / Math.PI / (150.0 * 150.0) * 1e6, within(0.01));
    }

    @Test
    void changeSurfaceRisesWhereIncidentsMovedToAndFallsWhereTheyLeft() {
        IncidentPoints lastWeek = new TestPoints(4).cluster(HBF_LAT, HBF_LON, 100, 20).build();
        IncidentPoints thisWeek = new TestPoints(5).cluster(NORDMARKT_LAT, NORDMARKT_LON, 100, 20).build();

        DensityGrid change = engine.change(thisWeek, lastWeek, area, kde);

        assertThat(change.valueAt(NORDMARKT_LAT, NORDMARKT_LON)).isPositive();
        assertThat(change.valueAt(HBF_LAT, HBF_LON)).isNegative();
        assertThat(change.valueAt(51.500, 7.500)).isZero();
    }

    @Test
    void topNLimitsTheList() {
        List<Hotspot> spots = engine.analyse(twoClustersAndNoise(), area, kde.withTopN(1)).hotspots();
        assertThat(spots).hasSize(1);
    }

    @Test
    void fastEstimateAgreesWithTheNaiveOneUpToBinning() {
        IncidentPoints points = new TestPoints(11).cluster(HBF_LAT, HBF_LON, 200, 40).uniform(100).build();
        GridExtent cells = area.withCellSize(25);
        double[] fast = new KdeEstimator().estimate(points, cells, Kernel.QUARTIC, 150).values();
        double[] naive = NaiveKde.estimate(points, cells, Kernel.QUARTIC, 150);

        double peak = java.util.Arrays.stream(naive).max().orElseThrow();
        for (int i = 0; i < fast.length; i++) {
            // binning moves each incident by at most half a cell diagonal (17.7 m at 25 m cells)
            assertThat(fast[i]).isCloseTo(naive[i], within(0.06 * peak));
        }
    }

    static void assertWithinOneCell(Hotspot h, double lat, double lon, double cellMetres) {
        double d = GeoMath.distanceMetres(h.lat(), h.lon(), lat, lon);
        assertThat(d).as("distance of %s to expected peak", h).isLessThanOrEqualTo(cellMetres * Math.sqrt(2));
    }
}
