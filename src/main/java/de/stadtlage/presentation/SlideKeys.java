package de.stadtlage.presentation;

import javafx.scene.input.KeyCode;

/**
 * The keys of the presentation, shared by the projector window and the chair console. Presenter clickers send
 * Page Down/Up (some send arrows, Space/Backspace, B or "." for blank).
 */
final class SlideKeys {

    private SlideKeys() {
    }

    /** Applies the key; returns {@code false} when it is not a presentation key. */
    static boolean handle(KeyCode code, PresentationViewModel model, Runnable leave) {
        switch (code) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, N -> model.next();
            case LEFT, PAGE_UP, BACK_SPACE, UP, P -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case ENTER -> model.confirmNumber();
            case B, PERIOD -> model.toggleBlank();
            case ESCAPE -> leave.run();
            default -> {
                if (!code.isDigitKey()) {
                    return false;
                }
                // DIGIT5 is named "5", NUMPAD5 "Numpad 5".
                model.typeDigit(Integer.parseInt(code.getName().replaceAll("\\D", "")));
            }
        }
        return true;
    }
}
