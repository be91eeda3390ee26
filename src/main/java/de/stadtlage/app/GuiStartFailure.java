package de.stadtlage.app;

import de.stadtlage.common.UserMessage;
import java.util.Locale;

/**
 * Turns the ways JavaFX fails to open a window on this machine into German messages that say what to install or
 * set, instead of an "Interner Fehler" with JavaFX's English text.
 */
final class GuiStartFailure {

    private GuiStartFailure() {
    }

    /** The message for a failed GUI start, or the failure itself when it is none of the known causes. */
    static RuntimeException explain(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("gtk")) {
                return new UserMessage("Die Oberfläche von Stadtlage kann nicht starten: auf diesem Rechner fehlt die"
                        + " Grafikbibliothek GTK 3. Bitte installieren Sie sie (Debian/Ubuntu: sudo apt-get install"
                        + " libgtk-3-0; Fedora: sudo dnf install gtk3; openSUSE: sudo zypper install libgtk-3-0) und"
                        + " starten Sie Stadtlage erneut. Die Befehle (stadtlage --help) laufen auch ohne GTK.");
            }
            if (text.contains("display")) {
                return new UserMessage("Die Oberfläche von Stadtlage kann nicht starten: es ist kein Bildschirm"
                        + " erreichbar (DISPLAY ist nicht gesetzt oder der Anzeigeserver läuft nicht). Starten Sie"
                        + " Stadtlage in einer grafischen Sitzung; über SSH mit ssh -X. Die Befehle (stadtlage --help)"
                        + " laufen auch ohne Bildschirm.");
            }
        }
        return failure;
    }
}
