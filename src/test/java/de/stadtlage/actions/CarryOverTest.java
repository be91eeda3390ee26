package de.stadtlage.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 5);
    private static final List<LocalDate> WEEKLY = List.of(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2),
            FIRST.plusWeeks(3));

    @Test
    void itemDueAtTheNextMeetingIsNotOverdueThere() {
        CarryOver carry = CarryOver.at(WEEKLY, FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(1));
        assertThat(carry).isEqualTo(new CarryOver(1, 0));
        assertThat(carry.overdue()).isFalse();
    }

    @Test
    void itemOverdueForTwoMeetingsIsEscalated() {
        assertThat(CarryOver.at(WEEKLY, FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2)).escalated()).isFalse();
        CarryOver third = CarryOver.at(WEEKLY, FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(3));
        assertThat(third).isEqualTo(new CarryOver(3, 2));
        assertThat(third.escalated()).isTrue();
    }

    @Test
    void cancelledMeetingsDoNotCount() {
        List<LocalDate> withGap = List.of(FIRST, FIRST.plusWeeks(3));
        assertThat(CarryOver.at(withGap, FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(3)))
                .isEqualTo(new CarryOver(1, 1));
    }

    @Test
    void itemWithoutDueDateIsNeverOverdue() {
        assertThat(CarryOver.at(WEEKLY, FIRST, null, FIRST.plusWeeks(3)).overdue()).isFalse();
    }
}
