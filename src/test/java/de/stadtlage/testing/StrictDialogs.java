package de.stadtlage.testing;

import de.stadtlage.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/**
 * Dialogs for UI tests in which nothing should go wrong: an error message fails the test (with the message the user
 * would have read), every question is answered "yes" and kept in {@link #questions()}.
 */
public final class StrictDialogs implements DialogService {

    private final boolean infoFails;
    private final List<String> questions = new ArrayList<>();

    private StrictDialogs(boolean infoFails) {
        this.infoFails = infoFails;
    }

    /** Errors fail the test; information is shown (ignored). */
    public static StrictDialogs allowingInfo() {
        return new StrictDialogs(false);
    }

    /** Errors and information messages both fail the test. */
    public static StrictDialogs silent() {
        return new StrictDialogs(true);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        throw new AssertionError(title + ": " + message, details);
    }

    @Override
    public void showInfo(String title, String message) {
        if (infoFails) {
            throw new AssertionError(title + ": " + message);
        }
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return true;
    }

    /** The questions asked so far, oldest first. */
    public List<String> questions() {
        return questions;
    }
}
