package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.situation.Area;
import de.stadtlage.situation.AreaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictLocatorTest {

    private static final Area NORDMARKT = new Area(1, "BEZIRK_1", "Nordmarkt", AreaKind.DISTRICT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[7.45,51.52],[7.47,51.52],[7.47,51.53],[7.45,51.53],[7.45,51.52]]]}",
            1);
    private static final Area CITY = new Area(2, "BEZIRK_2", "City-Ost", AreaKind.DISTRICT,
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[7.46,51.50],[7.48,51.50],[7.48,51.515],[7.46,51.515],"
                    + "[7.46,51.50]]]]}", 2);

    @Test
    void pointsFindTheirDistrict() {
        DistrictLocator locator = new DistrictLocator(List.of(NORDMARKT, CITY));
        assertThat(locator.districtAt(51.525, 7.46)).isEqualTo("Nordmarkt");
        assertThat(locator.districtAt(51.51, 7.47)).isEqualTo("City-Ost");
        assertThat(locator.districtAt(51.40, 7.47)).isNull();
    }

    @Test
    void withoutDistrictsEveryLookupIsEmpty() {
        assertThat(new DistrictLocator(List.of()).districtAt(51.52, 7.46)).isNull();
    }
}
