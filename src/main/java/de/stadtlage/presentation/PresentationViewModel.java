package de.stadtlage.presentation;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Which slide shows, blanking and "number + Enter" jumps. No nodes: the window and the console bind to it. */
public final class PresentationViewModel {

    private final ObservableList<Slide> slides = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    private final StringProperty typedNumber = new SimpleStringProperty(this, "typedNumber", "");
    private final ObjectBinding<Slide> current = Bindings.createObjectBinding(
            () -> slides.isEmpty() ? null : slides.get(Math.min(index.get(), slides.size() - 1)), slides, index);
    private final ObjectBinding<Slide> next = Bindings.createObjectBinding(
            () -> index.get() + 1 < slides.size() ? slides.get(index.get() + 1) : null, slides, index);

    public PresentationViewModel(List<Slide> initial) {
        slides.setAll(initial);
    }

    /** New slides from changed data; stays on the slide with the same title where it can. */
    public void replaceSlides(List<Slide> fresh) {
        Slide shown = current.get();
        slides.setAll(fresh);
        int same = shown == null ? -1 : indexOfTitle(shown.title());
        index.set(same >= 0 ? same : Math.max(0, Math.min(index.get(), fresh.size() - 1)));
    }

    public void next() {
        goTo(index.get() + 1);
    }

    public void previous() {
        goTo(index.get() - 1);
    }

    public void first() {
        goTo(0);
    }

    public void last() {
        goTo(slides.size() - 1);
    }

    /** Shows slide {@code target} (0-based), clamped to the deck; leaves a blanked screen. */
    public void goTo(int target) {
        if (!slides.isEmpty()) {
            index.set(Math.max(0, Math.min(slides.size() - 1, target)));
        }
        blank.set(false);
        typedNumber.set("");
    }

    public void typeDigit(int digit) {
        if (typedNumber.get().length() < 3) {
            typedNumber.set(typedNumber.get() + digit);
        }
    }

    /** Enter after digits: jumps to that slide number (1-based, as the footer shows). */
    public void confirmNumber() {
        if (!typedNumber.get().isEmpty()) {
            goTo(Integer.parseInt(typedNumber.get()) - 1);
        }
    }

    public void toggleBlank() {
        blank.set(!blank.get());
    }

    public int indexOfTitle(String title) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Slide> slides() {
        return FXCollections.unmodifiableObservableList(slides);
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyBooleanProperty blankProperty() {
        return blank;
    }

    public ReadOnlyStringProperty typedNumberProperty() {
        return typedNumber;
    }

    public ObjectBinding<Slide> currentSlide() {
        return current;
    }

    public ObjectBinding<Slide> nextSlide() {
        return next;
    }

    public String footer(int slideIndex) {
        return "Folie " + (slideIndex + 1) + " von " + slides.size();
    }
}
