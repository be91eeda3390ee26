package de.stadtlage.common;

/** Dialogs as view models see them; the UI shows real dialogs, tests record what would be shown. */
public interface DialogService {

    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    /** Asks a yes/no question; {@code true} when the user confirmed. */
    boolean confirm(String title, String message);
}
