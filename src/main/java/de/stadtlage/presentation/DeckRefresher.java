package de.stadtlage.presentation;

import de.stadtlage.app.AppContext;
import de.stadtlage.persistence.ChangeSignature;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Keeps an open presentation current: every few seconds it compares the database's change signature and rebuilds
 * the deck only when something changed (a lead moves a task during the meeting and the subgroup slide shows it).
 */
final class DeckRefresher extends ScheduledService<Optional<List<Slide>>> {

    private final AppContext context;
    private final DeckLoader loader;
    private final LocalDate meetingDate;
    private volatile String lastSignature;

    /** @param shownSignature the signature the shown deck was loaded with (read in the background, not here) */
    DeckRefresher(AppContext context, DeckLoader loader, LocalDate meetingDate, String shownSignature,
                  Consumer<List<Slide>> apply) {
        this.context = context;
        this.loader = loader;
        this.meetingDate = meetingDate;
        this.lastSignature = shownSignature;
        setPeriod(Duration.seconds(3));
        setDelay(Duration.seconds(3));
        setOnSucceeded(e -> getValue().ifPresent(apply));
    }

    @Override
    protected Task<Optional<List<Slide>>> createTask() {
        return new Task<>() {
            @Override
            protected Optional<List<Slide>> call() {
                String signature = ChangeSignature.of(context.database().dsl());
                if (signature.equals(lastSignature)) {
                    return Optional.empty();
                }
                lastSignature = signature;
                return loader.load(meetingDate);
            }
        };
    }
}
