package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Placement on real streets of the installed map package (../shared/map). */
class StreetIndexTest {

    private final StreetIndex index = StreetIndex.ofMapPackage();

    @Test
    void theMapPackageHasItsStreets() {
        assertThat(index.size()).isGreaterThan(300);
    }

    @Test
    void munsterstrasse45LiesOnTheSouthernPartOfMunsterstrasse() {
        StreetIndex.Placement p = index.locate("Münsterstraße 45").orElseThrow();
        assertThat(p.street()).isEqualTo("Münsterstraße");
        assertThat(p.houseNumber()).isEqualTo(45);
        // The README: Münsterstraße runs 51.5188–51.5330 N, 7.4559–7.4651 E; number 45 lies ~300 m from its start.
        assertThat(p.latitude()).isBetween(51.5195, 51.5240);
        assertThat(p.longitude()).isBetween(7.4559, 7.4660);
        assertThat(MapArea.contains(p.latitude(), p.longitude())).isTrue();
    }

    @Test
    void higherNumbersLieFurtherFromTheCityCentre() {
        StreetIndex.Placement low = index.locate("Münsterstraße 1").orElseThrow();
        StreetIndex.Placement high = index.locate("Münsterstraße 120").orElseThrow();
        assertThat(high.latitude()).isGreaterThan(low.latitude() + 0.003);
    }

    @Test
    void brueckstrasseWithoutNumberIsPlacedAtItsMidpoint() {
        StreetIndex.Placement p = index.locate("Brückstraße").orElseThrow();
        assertThat(p.houseNumber()).isNull();
        // README: the Brückstraße's midpoint is 51.51607 N, 7.46599 E.
        assertThat(p.latitude()).isCloseTo(51.51607, within(0.0008));
        assertThat(p.longitude()).isCloseTo(7.46599, within(0.0008));
    }

    @Test
    void kampstrasseIsFoundInTheCityAlsoWrittenShort() {
        StreetIndex.Placement full = index.locate("Kampstraße 10").orElseThrow();
        StreetIndex.Placement shortForm = index.locate("Kampstr. 10, 44137 Dortmund").orElseThrow();
        assertThat(shortForm).isEqualTo(full);
        assertThat(full.latitude()).isBetween(51.512, 51.517);
        assertThat(full.longitude()).isBetween(7.455, 7.472);
    }

    @Test
    void unknownStreetsAndEmptyTextsAreNotPlaced() {
        assertThat(index.locate("Irgendwo 5")).isEmpty();
        assertThat(index.locate("  ")).isEmpty();
        assertThat(index.locate(null)).isEmpty();
    }

    @Test
    void namesAreNormalisedForSpellingVariants() {
        assertThat(StreetIndex.normalise("Münsterstr.")).isEqualTo(StreetIndex.normalise("Muensterstrasse"));
        assertThat(StreetIndex.normalise("Brückstraße")).isEqualTo("brueckstrasse");
    }
}
