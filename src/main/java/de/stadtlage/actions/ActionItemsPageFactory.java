package de.stadtlage.actions;

import de.stadtlage.app.AppContext;
import de.stadtlage.app.Page;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.meeting.MeetingPageFactory;

/** Builds the Maßnahmen page for the shell. */
public final class ActionItemsPageFactory {

    private ActionItemsPageFactory() {
    }

    public static Page create(AppContext context, TaskRunner runner, DialogService dialogs) {
        ActionItemsViewModel model = new ActionItemsViewModel(
                new ActionItemService(context.database(), context.currentUser(), context.clock()),
                () -> context.subgroups().list(), context.clock(), context.currentUser().canWriteMeetings(),
                runner, dialogs);
        return new ActionItemsView(model, MeetingPageFactory.saveDialog("actions.export.choose", "CSV", "*.csv"));
    }
}
