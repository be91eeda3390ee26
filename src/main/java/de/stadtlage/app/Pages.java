package de.stadtlage.app;

import de.stadtlage.actions.ActionItemsPageFactory;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.meeting.MeetingPageFactory;
import de.stadtlage.presentation.PresentationPage;
import de.stadtlage.map.SituationMapImages;

/**
 * Builds the page of each section (wiring only; each feature builds its own page).
 */
final class Pages {

    private Pages() {
    }

    private static Page lage(AppContext context, TaskRunner runner, DialogService dialogs) {
        de.stadtlage.situation.LagePage page = new de.stadtlage.situation.LagePage(context, runner, dialogs);
        de.stadtlage.presentation.StoreViewAction.install(page, context, dialogs);
        return page;
    }

    static Page create(Section section, AppContext context, TaskRunner runner, DialogService dialogs) {
        return switch (section) {
            case LAGE -> lage(context, runner, dialogs);
            case UNTERGRUPPEN -> new de.stadtlage.boards.BoardsPage(context, runner, dialogs);
            case MASSNAHMEN -> ActionItemsPageFactory.create(context, runner, dialogs);
            case SITZUNG -> MeetingPageFactory.create(context, runner, dialogs);
            case PRAESENTATION -> new PresentationPage(context, runner, dialogs, new SituationMapImages(context));
        };
    }
}
