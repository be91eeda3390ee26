package de.stadtlage.boards;

import de.stadtlage.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Dialogs for tests: confirms with a set answer and keeps every message that would have been shown. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return answer;
    }
}
