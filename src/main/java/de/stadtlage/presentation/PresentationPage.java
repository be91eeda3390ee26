package de.stadtlage.presentation;

import de.stadtlage.app.AppContext;
import de.stadtlage.app.Page;
import de.stadtlage.common.DialogService;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Präsentation section: pick the meeting and the screen, look over the slides, start with F5. */
public final class PresentationPage implements Page {

    private final AppContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final DeckLoader loader;
    private final ComboBox<LocalDate> meeting = new ComboBox<>();
    private final ComboBox<Screen> screen = new ComboBox<>();
    private final CheckBox highContrast = new CheckBox(Messages.get("presentation.highContrast"));
    private final CheckBox console = new CheckBox(Messages.get("presentation.console"));
    private final ListView<String> overview = new ListView<>();
    private final VBox root;
    private DeckLoader.Deck deck = DeckLoader.Deck.NONE;
    private PresentationSession session;

    public PresentationPage(AppContext context, TaskRunner runner, DialogService dialogs, PresentationSources sources) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.loader = new DeckLoader(context, sources);
        Label title = new Label(Messages.get("section.praesentation.title"));
        title.getStyleClass().add("page-title");
        meeting.setId("presentation-meeting");
        meeting.setConverter(dateConverter());
        meeting.valueProperty().addListener((o, a, date) -> loadDeck(date));
        screen.setId("presentation-screen");
        screen.setConverter(screenConverter());
        highContrast.setId("presentation-contrast");
        Button start = new Button(Messages.get("presentation.start"), new FontIcon(Material2MZ.PLAY_ARROW));
        start.setId("presentation-start");
        start.getStyleClass().addAll("accent", "large");
        start.setOnAction(e -> startPresentation());
        // A flow, not a row: on a 1024 px wide window the controls wrap instead of cutting their texts.
        FlowPane controls = new FlowPane(24, 14, labelled("presentation.meeting", meeting),
                labelled("presentation.screen", screen), new VBox(6, highContrast, console), start);
        controls.setRowValignment(javafx.geometry.VPos.BOTTOM);
        controls.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        start.setMinWidth(Region.USE_PREF_SIZE);
        controls.getStyleClass().add("presentation-controls");
        Label keys = new Label(Messages.get("presentation.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("presentation-keys");
        overview.setId("presentation-overview");
        overview.setPlaceholder(placeholder(false));
        VBox.setVgrow(overview, Priority.ALWAYS);
        root = new VBox(16, title, controls, keys, new Label(Messages.get("presentation.overview")), overview);
        root.getStyleClass().add("presentation-page");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        List<Screen> screens = Screen.getScreens();
        screen.setItems(FXCollections.observableArrayList(screens));
        // With a projector attached, the slides go to the second screen and the laptop shows the console.
        screen.getSelectionModel().select(screens.size() > 1 ? screens.get(1) : screens.get(0));
        console.setSelected(screens.size() > 1);
        runner.run(task(() -> new Dates(loader.meetingDates(), loader.defaultMeetingDate(LocalDate.now(context.clock()))),
                dates -> {
                    meeting.getItems().setAll(dates.all());
                    dates.preselected().ifPresent(meeting::setValue);
                }));
    }

    /** F5 and the start button: full screen on the chosen screen. */
    public void startPresentation() {
        Screen target = screen.getValue() == null ? Screen.getPrimary() : screen.getValue();
        startOn(target.getBounds(), true);
    }

    /** Starts on an explicit area; tests use a window of a fixed size instead of full screen. */
    public void startOn(Rectangle2D bounds, boolean fullScreen) {
        if (deck.slides().isEmpty()) {
            dialogs.showInfo(Messages.get("section.praesentation.title"), Messages.get("presentation.noMeeting"));
            return;
        }
        if (session != null) {
            session.window().close();
        }
        session = new PresentationSession(context, loader, meeting.getValue(), deck, highContrast.isSelected());
        session.onEnd(() -> session = null);
        session.start(bounds, fullScreen, console.isSelected());
    }

    /** The running presentation, if any. */
    public Optional<PresentationSession> session() {
        return Optional.ofNullable(session);
    }

    private void loadDeck(LocalDate date) {
        if (date == null) {
            return;
        }
        // The map pictures take seconds: the list says that the slides are coming instead of staying blank.
        overview.getItems().clear();
        overview.setPlaceholder(placeholder(true));
        runner.run(task(() -> loader.loadDeck(date).orElse(DeckLoader.Deck.NONE), loaded -> {
            deck = loaded;
            overview.setPlaceholder(placeholder(false));
            List<Slide> slides = loaded.slides();
            overview.getItems().setAll(java.util.stream.IntStream.range(0, slides.size())
                    .mapToObj(i -> (i + 1) + "   " + slides.get(i).title()).toList());
        }));
    }

    private <T> Task<T> task(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> dialogs.showError(Messages.get("error.title"), Messages.get("presentation.loadFailed"),
                task.getException()));
        return task;
    }

    /** What the slide list shows without slides: a progress indicator while they are built, else a note. */
    private static Node placeholder(boolean loading) {
        Label text = new Label(Messages.get(loading ? "presentation.overview.loading" : "presentation.overview.empty"));
        text.setWrapText(true);
        if (!loading) {
            return text;
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("presentation-progress");
        HBox box = new HBox(12, progress, text);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setId("presentation-loading");
        return box;
    }

    private record Dates(List<LocalDate> all, Optional<LocalDate> preselected) {
    }

    private static VBox labelled(String key, Node control) {
        return new VBox(6, new Label(Messages.get(key)), control);
    }

    private static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.date(date) + " · " + Formats.isoWeek(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return null;
            }
        };
    }

    private static StringConverter<Screen> screenConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Screen s) {
                if (s == null) {
                    return "";
                }
                int number = Screen.getScreens().indexOf(s) + 1;
                // as text: a number argument would be grouped ("1,920")
                return Messages.get("presentation.screenName", number, String.valueOf((int) s.getBounds().getWidth()),
                        String.valueOf((int) s.getBounds().getHeight()));
            }

            @Override
            public Screen fromString(String text) {
                return null;
            }
        };
    }
}
