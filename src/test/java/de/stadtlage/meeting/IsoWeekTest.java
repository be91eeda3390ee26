package de.stadtlage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void lastDayOf2026IsInWeek53Of2026() {
        assertThat(IsoWeek.label(LocalDate.of(2026, 12, 31))).isEqualTo("KW 53/2026");
    }

    @Test
    void firstMondayOf2027StartsWeek1Of2027() {
        assertThat(IsoWeek.label(LocalDate.of(2027, 1, 4))).isEqualTo("KW 1/2027");
    }

    @Test
    void newYearsDay2027StillBelongsToWeek53Of2026() {
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
    }

    @Test
    void lateDecemberCanBelongToWeek1OfNextYear() {
        assertThat(IsoWeek.label(LocalDate.of(2024, 12, 30))).isEqualTo("KW 1/2025");
    }

    @Test
    void meetingInSeptember2023IsWeek36() {
        assertThat(IsoWeek.label(LocalDate.of(2023, 9, 7))).isEqualTo("KW 36/2023");
    }
}
