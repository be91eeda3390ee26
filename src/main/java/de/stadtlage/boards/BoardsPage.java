package de.stadtlage.boards;

import de.stadtlage.app.AppContext;
import de.stadtlage.app.Page;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.TaskRunner;
import javafx.scene.Node;

/** The "Untergruppen" section: the five subgroup boards, their overview and "Meine Aufgaben". */
public final class BoardsPage implements Page {

    private final BoardViewModel model;
    private final BoardView view;

    public BoardsPage(AppContext context, TaskRunner runner, DialogService dialogs) {
        TaskService service = new TaskService(context.database(), context.currentUser(), context.clock());
        BoardDataLoader loader = new BoardDataLoader(context.database().dsl(), context.currentUser());
        model = new BoardViewModel(service, loader, runner, dialogs, context.clock());
        view = new BoardView(model, context.clock().getZone());
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void onShow() {
        model.reload();
    }

    public BoardViewModel model() {
        return model;
    }
}
