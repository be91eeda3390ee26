package de.stadtlage.situation.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceIndexTest {

    // Königswall runs west-east north of the City; Münsterstraße north from the Hauptbahnhof
    private final NamedShape koenigswall = new NamedShape("Königswall",
            new double[] {51.5170, 51.5178}, new double[] {7.4560, 7.4646});
    private final NamedShape muensterstrasse = new NamedShape("Münsterstraße",
            new double[] {51.5188, 51.5330}, new double[] {7.4600, 7.4651});
    private final NamedShape city = new NamedShape("City",
            new double[] {51.508, 51.508, 51.518, 51.518}, new double[] {7.455, 7.475, 7.475, 7.455});
    private final PlaceIndex index = new PlaceIndex(List.of(koenigswall, muensterstrasse), List.of(city));

    @Test
    void namesTheNearestStreetAndTheDistrict() {
        assertThat(index.nearestStreet(51.5176, 7.4600)).isEqualTo("Königswall");
        assertThat(index.nearestStreet(51.5250, 7.4625)).isEqualTo("Münsterstraße");
        assertThat(index.district(51.5130, 7.4650)).isEqualTo("City");
    }

    @Test
    void farFromEverythingGivesEmptyNames() {
        assertThat(index.nearestStreet(51.49, 7.40)).isEmpty();
        assertThat(index.district(51.53, 7.49)).isEmpty();
    }
}
