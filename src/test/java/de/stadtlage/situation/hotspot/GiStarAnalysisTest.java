package de.stadtlage.situation.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiStarAnalysisTest {

    /**
     * Hand-computed example: 5 × 5 cells of 100 m, band 100 m, so every cell's neighbourhood is itself and its
     * four rook neighbours (diagonals are 141 m away). Counts: 9 in the centre, 3 in each rook neighbour, 0
     * elsewhere.
     * <pre>
     * n = 25, Σx = 21, X̄ = 0.84, Σx² = 81 + 4·9 = 117
     * S = √(117/25 − 0.84²) = √(4.68 − 0.7056) = √3.9744 = 1.99359
     * centre (Σw = 5): Σwx = 9 + 4·3 = 21
     *   num = 21 − 0.84·5 = 16.8;  den = S·√((25·5 − 25)/24) = 1.99359·2.04124 = 4.06940
     *   z = 4.1284 → hot spot, 99 %
     * rook neighbour of the centre (Σw = 5): Σwx = 3 + 9 = 12
     *   num = 12 − 4.2 = 7.8;  z = 7.8 / 4.06940 = 1.9168 → hot spot, 90 % (1.645 ≤ z < 1.960)
     * diagonal neighbour (Σw = 5): Σwx = 3 + 3 = 6;  z = 1.8 / 4.06940 = 0.4423 → not significant
     * corner (Σw = 3): Σwx = 0;  num = −2.52;  den = S·√((75 − 9)/24) = 1.99359·1.65831 = 3.30599
     *   z = −0.7623 → not significant
     * </pre>
     */
    @Test
    void matchesTheHandComputedExample() {
        GridExtent cells = fiveByFive();
        double[] counts = new double[25];
        counts[12] = 9;
        counts[7] = 3;
        counts[11] = 3;
        counts[13] = 3;
        counts[17] = 3;

        DensityGrid z = new GiStarAnalysis().zScores(counts, cells, 100);
        GiStarClass[] classes = GiStarAnalysis.classify(z);

        assertThat(z.value(2, 2)).isCloseTo(4.1284, within(1e-3));
        assertThat(z.value(2, 1)).isCloseTo(1.9168, within(1e-3));
        assertThat(z.value(1, 1)).isCloseTo(0.4423, within(1e-3));
        assertThat(z.value(0, 0)).isCloseTo(-0.7623, within(1e-3));
        assertThat(classes[12]).isEqualTo(GiStarClass.HOT_99);
        assertThat(classes[7]).isEqualTo(GiStarClass.HOT_90);
        assertThat(classes[11]).isEqualTo(GiStarClass.HOT_90);
        assertThat(classes[6]).isEqualTo(GiStarClass.NOT_SIGNIFICANT);
        assertThat(classes[0]).isEqualTo(GiStarClass.NOT_SIGNIFICANT);
    }

    @Test
    void incidentsAreBinnedIntoTheirCells() {
        GridExtent cells = fiveByFive();
        double lat = cells.centerLat(2);
        double lon = cells.centerLon(2);
        double[] lats = {lat, lat, lat};
        double[] lons = {lon, lon, lon};

        DensityGrid z = new GiStarAnalysis().zScores(IncidentPoints.of(lats, lons), cells, 100);

        assertThat(z.value(2, 2)).isPositive();
        assertThat(z.value(2, 2)).isEqualTo(z.max());
    }

    @Test
    void uniformCountsHaveNoHotOrColdSpots() {
        double[] counts = new double[25];
        java.util.Arrays.fill(counts, 4);

        DensityGrid z = new GiStarAnalysis().zScores(counts, fiveByFive(), 100);

        assertThat(z.values()).containsOnly(0.0);
    }

    @Test
    void classesUseArcGisThresholds() {
        assertThat(GiStarClass.of(2.576)).isEqualTo(GiStarClass.HOT_99);
        assertThat(GiStarClass.of(2.5)).isEqualTo(GiStarClass.HOT_95);
        assertThat(GiStarClass.of(1.96)).isEqualTo(GiStarClass.HOT_95);
        assertThat(GiStarClass.of(1.7)).isEqualTo(GiStarClass.HOT_90);
        assertThat(GiStarClass.of(1.6)).isEqualTo(GiStarClass.NOT_SIGNIFICANT);
        assertThat(GiStarClass.of(-1.645)).isEqualTo(GiStarClass.COLD_90);
        assertThat(GiStarClass.of(-2.0)).isEqualTo(GiStarClass.COLD_95);
        assertThat(GiStarClass.of(-3.1)).isEqualTo(GiStarClass.COLD_99);
    }

    @Test
    void bandOf150MetresOn100MetreCellsTakesTheEightNeighbours() {
        assertThat(GiStarAnalysis.bandOffsets(100, 150)).hasSize(2 * 9);
        assertThat(GiStarAnalysis.bandOffsets(100, 100)).hasSize(2 * 5);
    }

    private static GridExtent fiveByFive() {
        double south = 51.5;
        double west = 7.46;
        // 499 m so rounding cannot add a sixth row or column
        double north = south + 499 / GeoMath.METRES_PER_DEGREE_LAT;
        double east = west + 499 / GeoMath.metresPerDegreeLon((south + north) / 2);
        GridExtent cells = GridExtent.covering(south, west, north, east, 100);
        assertThat(cells.cols()).isEqualTo(5);
        assertThat(cells.rows()).isEqualTo(5);
        return cells;
    }
}
