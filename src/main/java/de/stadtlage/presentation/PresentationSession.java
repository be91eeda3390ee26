package de.stadtlage.presentation;

import de.stadtlage.app.AppContext;
import java.time.LocalDate;
import javafx.geometry.Rectangle2D;

/** One running presentation: the projector window, optionally the chair console, and the live refresh. */
public final class PresentationSession {

    private final PresentationViewModel model;
    private final PresentationWindow window;
    private final DeckRefresher refresher;
    private ChairConsole console;
    private Runnable onEnd = () -> { };

    PresentationSession(AppContext context, DeckLoader loader, LocalDate meetingDate, DeckLoader.Deck deck,
                        boolean highContrast) {
        this.model = new PresentationViewModel(deck.slides());
        this.window = new PresentationWindow(model, highContrast);
        this.refresher = new DeckRefresher(context, loader, meetingDate, deck.signature(), model::replaceSlides);
        window.stage().setOnHidden(e -> end());
    }

    void start(Rectangle2D projector, boolean fullScreen, boolean withConsole) {
        window.show(projector, fullScreen);
        if (withConsole) {
            console = new ChairConsole(model, window::close);
            console.show();
        }
        refresher.start();
        window.stage().requestFocus();
    }

    void onEnd(Runnable action) {
        this.onEnd = action;
    }

    private void end() {
        refresher.cancel();
        if (console != null) {
            console.close();
        }
        onEnd.run();
    }

    public PresentationViewModel model() {
        return model;
    }

    public PresentationWindow window() {
        return window;
    }

    /** Reloads now instead of waiting for the next poll (after the user changed something here). */
    public void refreshNow() {
        refresher.restart();
    }
}
