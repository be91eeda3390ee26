package de.stadtlage.meeting;

import de.stadtlage.app.Page;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/** The Sitzung page: meetings on the left, the selected meeting's record on the right, actions on top. */
public final class MeetingView implements Page {

    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private final MeetingViewModel model;
    private final Function<String, Optional<Path>> chooseTarget;
    private final Consumer<Path> openDocument;
    private final BorderPane root = new BorderPane();

    /**
     * @param chooseTarget asks where to save the PDF, given a proposed file name
     * @param openDocument shows a written PDF in the system viewer
     */
    public MeetingView(MeetingViewModel model, Function<String, Optional<Path>> chooseTarget,
                       Consumer<Path> openDocument) {
        this.model = model;
        this.chooseTarget = chooseTarget;
        this.openDocument = openDocument;
        root.getStyleClass().add("meeting-page");
        root.setId("page-sitzung");
        root.getStylesheets().add(MeetingView.class.getResource("meeting.css").toExternalForm());
        root.setLeft(meetingList());
        root.setCenter(detail());
        // Notes typed but not yet saved are written when the page leaves its window or the window closes.
        EventHandler<WindowEvent> closing = e -> model.saveNotesNow();
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(WindowEvent.WINDOW_HIDING, closing);
                model.commitNotes();
            }
            if (now != null) {
                now.addEventHandler(WindowEvent.WINDOW_HIDING, closing);
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    private Node meetingList() {
        Label title = new Label(Messages.get("section.sitzung.title"));
        title.getStyleClass().add("page-title");
        ListView<Meeting> list = new ListView<>(model.meetings());
        list.setId("meeting-list");
        list.setCellFactory(view -> new MeetingCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button plan = button("meeting-plan", "meeting.plan", this::askPlan);
        plan.setDisable(!model.mayWrite());
        plan.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(12, title, plan, list);
        box.getStyleClass().add("meeting-sidebar");
        return box;
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("meeting-heading");
        heading.getStyleClass().add("meeting-heading");
        Label state = new Label();
        state.setId("meeting-state");
        state.getStyleClass().add("meeting-state");
        model.detailsProperty().addListener((obs, old, now) -> {
            heading.setText(now == null ? Messages.get("meeting.none") : Messages.get("meeting.heading",
                    Formats.date(now.meeting().date()), now.meeting().isoWeekLabel()));
            state.setText(now == null ? "" : Messages.get("meeting.status." + now.meeting().status().name()
                    .toLowerCase(java.util.Locale.ROOT)));
            state.pseudoClassStateChanged(CLOSED, now != null && now.closed());
        });
        TabPane tabs = new TabPane(
                tab("kopf", Messages.get("meeting.tab.header"), new HeaderPane(model).node()),
                tab("anwesenheit", Messages.get("meeting.tab.attendance"), new AttendancePane(model).node()),
                tab("tagesordnung", Messages.get("meeting.tab.agenda"), new AgendaPane(model).node()),
                tab("massnahmen", Messages.get("meeting.tab.actions"), new ActionItemFormPane(model).node()));
        tabs.setId("meeting-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label message = new Label();
        message.setId("meeting-message");
        message.getStyleClass().add("meeting-message");
        message.textProperty().bind(model.messageProperty());
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox title = new HBox(12, heading, state);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, title, toolbar(), tabs, message);
        box.getStyleClass().add("meeting-detail");
        box.disableProperty().bind(model.detailsProperty().isNull());
        return box;
    }

    private Node toolbar() {
        Button start = button("meeting-start", "meeting.start", model::start);
        Button close = button("meeting-close", "meeting.close", model::close);
        Button addendum = button("meeting-addendum", "meeting.addendum", this::askAddendum);
        Button export = button("meeting-export", "meeting.export", this::export);
        export.getStyleClass().add("accent");
        var editable = model.editableBinding();
        start.disableProperty().bind(editable.not().or(Bindings.createBooleanBinding(() ->
                model.detailsProperty().get() == null
                        || model.detailsProperty().get().meeting().status() != MeetingStatus.GEPLANT,
                model.detailsProperty())));
        // Closing and the minutes need a meeting that took place: one that was started.
        BooleanBinding notStarted = Bindings.createBooleanBinding(() -> model.detailsProperty().get() == null
                || model.detailsProperty().get().meeting().status() == MeetingStatus.GEPLANT, model.detailsProperty());
        close.disableProperty().bind(editable.not().or(notStarted));
        addendum.setDisable(!model.mayWrite());
        export.disableProperty().bind(model.exportingProperty().or(notStarted));
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(model.exportProgressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        // The actions wrap onto a second line on a narrow window instead of running off its edge.
        FlowPane bar = new FlowPane(8, 8, start, close, addendum, export, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Asks for the date, proposing one week after the newest meeting. */
    private void askPlan() {
        PlanDialog dialog = new PlanDialog(model.proposedDate(), model::planProblem);
        owned(dialog);
        dialog.showAndWait().ifPresent(model::plan);
    }

    private void askAddendum() {
        TextInputDialog dialog = new TextInputDialog();
        owned(dialog);
        dialog.setTitle(Messages.get("meeting.addendum"));
        dialog.setHeaderText(Messages.get("meeting.addendum.header"));
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(model::addAddendum);
    }

    private void export() {
        MeetingDetails details = model.detailsProperty().get();
        String name = "Protokoll-Sonderstab-" + details.meeting().date() + ".pdf";
        chooseTarget.apply(name).ifPresent(target -> model.exportMinutes(target, openDocument));
    }

    /** Dialogs have their own scene: they get this window as owner and the app's styles. */
    private void owned(javafx.scene.control.Dialog<?> dialog) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.getDialogPane().getStylesheets().addAll(
                MeetingView.class.getResource("/de/stadtlage/app/app.css").toExternalForm(),
                MeetingView.class.getResource("meeting.css").toExternalForm());
    }

    static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        // Actions keep their whole label; the bar's spacer gives way instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("meeting-tab-" + id);
        return tab;
    }

    /** "31.08.2023 · KW 35/2023" with the status below. */
    private static final class MeetingCell extends ListCell<Meeting> {
        @Override
        protected void updateItem(Meeting meeting, boolean empty) {
            super.updateItem(meeting, empty);
            pseudoClassStateChanged(CLOSED, !empty && meeting != null
                    && meeting.status() == MeetingStatus.ABGESCHLOSSEN);
            setText(null);
            if (empty || meeting == null) {
                setGraphic(null);
                return;
            }
            javafx.scene.control.Label date = new javafx.scene.control.Label(
                    Formats.date(meeting.date()) + " · " + meeting.isoWeekLabel());
            javafx.scene.control.Label status = new javafx.scene.control.Label(
                    Messages.get("meeting.status." + meeting.status().name().toLowerCase(java.util.Locale.ROOT)));
            status.getStyleClass().add("text-muted");
            setGraphic(new javafx.scene.layout.VBox(2, date, status));
        }
    }
}
