package de.stadtlage.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void isoWeeksAroundNewYear() {
        assertThat(Formats.isoWeek(LocalDate.of(2023, 9, 7))).isEqualTo("KW 36/2023");
        assertThat(Formats.isoWeek(LocalDate.of(2026, 12, 31))).isEqualTo("KW 53/2026");
        assertThat(Formats.isoWeek(LocalDate.of(2027, 1, 4))).isEqualTo("KW 1/2027");
        assertThat(Formats.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("KW 53/2026");
    }

    @Test
    void percentChangeHasOneDecimalAndSignInGermanFormat() {
        assertThat(Formats.percentChange(2132, 2495)).isEqualTo("+17,0 %");
        assertThat(Formats.percentChange(1683, 2103)).isEqualTo("+25,0 %");
        assertThat(Formats.percentChange(17, 33)).isEqualTo("+94,1 %");
        assertThat(Formats.percentChange(200, 193)).isEqualTo("-3,5 %");
        assertThat(Formats.percentChange(0, 5)).isEqualTo("–");
    }

    @Test
    void datesAndNumbersAreGerman() {
        assertThat(Formats.date(LocalDate.of(2023, 8, 24))).isEqualTo("24.08.2023");
        assertThat(Formats.number(8900)).isEqualTo("8.900");
        assertThat(Formats.decimal(50000.5)).isEqualTo("50.000,5");
    }
}
