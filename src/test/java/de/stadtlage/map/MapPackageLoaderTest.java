package de.stadtlage.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapPackageLoaderTest {

    @Test
    void loadsStreetsDistrictsLandmarksAndTheWallring() {
        MapData data = MapTestData.map();

        assertThat(data.roads().featureCount()).isGreaterThan(50);
        assertThat(data.buildings().featureCount()).isGreaterThan(1000);
        assertThat(data.districts().featureCount()).isEqualTo(10);
        assertThat(data.labels()).extracting(MapLabel::text).contains("Dortmund Hbf", "Dietrich-Keuning-Haus",
                "Stadtgarten");
        long ring = java.util.stream.IntStream.range(0, data.streets().featureCount())
                .filter(f -> new MapStyle().isRingStreet(data.streets().name(f))).count();
        assertThat(ring).as("Wallring segments").isGreaterThanOrEqualTo(7);
    }

    @Test
    void homeCoversTheCityAndTheNordmarkt() {
        MapData data = MapTestData.map();
        LocalProjection p = data.projection();
        double[] home = data.home();
        for (double[] latLon : new double[][] {{51.51789, 7.45928}, {51.52587, 7.46564}, {51.50975, 7.46810}}) {
            assertThat(p.x(latLon[1])).isBetween(home[0], home[2]);
            assertThat(p.y(latLon[0])).isBetween(home[1], home[3]);
        }
    }

    @Test
    void placeIndexNamesStreetsAndDistrictsForHotspots() {
        MapData data = MapTestData.map();
        // the Königswall/Burgwall junction north of the City, and the Nordmarkt square
        assertThat(data.places().nearestStreet(51.51784, 7.46300)).isEqualTo("Königswall");
        assertThat(data.places().district(51.5130, 7.4650)).isEqualTo("City");
        assertThat(data.places().district(51.52587, 7.46564)).isEqualTo("Nordmarkt");
    }

    @Test
    void missingPackageIsNoErrorButEmpty(@TempDir Path empty) throws Exception {
        assertThat(MapPackageLoader.fromFolder(empty).load()).isEmpty();
    }
}
