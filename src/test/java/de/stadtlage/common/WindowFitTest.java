package de.stadtlage.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowFitTest {

    /** A 1024×768 projector screen with a 40 px task bar at the bottom. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 728);

    @Test
    void aWindowBiggerThanTheScreenIsShrunkToItAndPlacedOnIt() {
        Rectangle2D fitted = WindowFit.onScreen(-200, 300, 1280, 800, PROJECTOR);
        assertThat(fitted).isEqualTo(new Rectangle2D(0, 0, 1024, 728));
    }

    @Test
    void aWindowThatFitsKeepsItsSizeAndIsMovedBackWhereItStickedOut() {
        Rectangle2D fitted = WindowFit.onScreen(600, 500, 800, 600, PROJECTOR);
        assertThat(fitted).isEqualTo(new Rectangle2D(224, 128, 800, 600));
    }

    @Test
    void aWindowOnASecondScreenStaysOnIt() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
        assertThat(WindowFit.onScreen(2000, 100, 1100, 720, right)).isEqualTo(new Rectangle2D(2000, 100, 1100, 720));
    }

    @Test
    void withoutAPositionTheWindowIsCentred() {
        assertThat(WindowFit.onScreen(Double.NaN, Double.NaN, 800, 600, PROJECTOR))
                .isEqualTo(new Rectangle2D(112, 64, 800, 600));
    }
}
