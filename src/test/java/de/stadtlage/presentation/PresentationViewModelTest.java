package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationViewModelTest {

    private static Slide slide(String title) {
        return new Slide(title, "", List.of(), "", title);
    }

    private final PresentationViewModel model = new PresentationViewModel(
            List.of(slide("A"), slide("B"), slide("C"), slide("D"), slide("E"), slide("F"), slide("G"), slide("H"),
                    slide("I"), slide("J"), slide("K"), slide("L")));

    @Test
    void nextAndPreviousStayInsideTheDeck() {
        model.previous();
        assertThat(model.indexProperty().get()).isZero();
        model.last();
        model.next();
        assertThat(model.currentSlide().get().title()).isEqualTo("L");
        model.first();
        model.next();
        assertThat(model.currentSlide().get().title()).isEqualTo("B");
        assertThat(model.nextSlide().get().title()).isEqualTo("C");
    }

    @Test
    void numberAndEnterJumpsToThatSlide() {
        model.typeDigit(1);
        model.typeDigit(1);
        model.confirmNumber();
        assertThat(model.currentSlide().get().title()).isEqualTo("K");
        assertThat(model.typedNumberProperty().get()).isEmpty();
        model.typeDigit(9);
        model.typeDigit(9);
        model.confirmNumber();
        assertThat(model.currentSlide().get().title()).isEqualTo("L");
    }

    @Test
    void blankingIsLeftByAnyMove() {
        model.toggleBlank();
        assertThat(model.blankProperty().get()).isTrue();
        model.next();
        assertThat(model.blankProperty().get()).isFalse();
    }

    @Test
    void newDataKeepsTheShownSlide() {
        model.goTo(2);
        model.replaceSlides(List.of(slide("A"), slide("neu"), slide("B"), slide("C")));
        assertThat(model.currentSlide().get().title()).isEqualTo("C");
        model.replaceSlides(List.of(slide("X")));
        assertThat(model.currentSlide().get().title()).isEqualTo("X");
    }
}
