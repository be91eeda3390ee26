package de.stadtlage.app;

import de.stadtlage.actions.ActionItemsPageFactory;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.meeting.MeetingPageFactory;
import de.stadtlage.presentation.PresentationPage;
import de.stadtlage.map.SituationMapImages;
import java.util.function.Supplier;

/**
 * Builds the page of each section (wiring only; each feature builds its own page).
 */
final class Pages {

    private Pages() {
    }

    private static Page lage(AppContext context, TaskRunner runner, DialogService dialogs, Supplier<Settings> settings) {
        de.stadtlage.situation.LagePage page = new de.stadtlage.situation.LagePage(context, runner, dialogs, settings);
        de.stadtlage.presentation.StoreViewAction.install(page, context, dialogs);
        return page;
    }

    /** @param settings the window's user settings, read afresh on each call */
    static Page create(Section section, AppContext context, TaskRunner runner, DialogService dialogs,
                       Supplier<Settings> settings) {
        return switch (section) {
            case LAGE -> lage(context, runner, dialogs, settings);
            case UNTERGRUPPEN -> new de.stadtlage.boards.BoardsPage(context, runner, dialogs);
            case MASSNAHMEN -> ActionItemsPageFactory.create(context, runner, dialogs);
            case SITZUNG -> MeetingPageFactory.create(context, runner, dialogs);
            case PRAESENTATION -> new PresentationPage(context, runner, dialogs, new SituationMapImages(context));
        };
    }
}
