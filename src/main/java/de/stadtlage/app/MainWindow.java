package de.stadtlage.app;

import de.stadtlage.common.DialogService;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.presentation.PresentationPage;
import de.stadtlage.importing.ImportDialog;
import de.stadtlage.map.google.MapSettingsDialog;
import de.stadtlage.situation.KeyFigureDashboard;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's frame: navigation on the left, the section in the middle, the status bar below. */
public final class MainWindow {

    private final ShellViewModel model;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Section, Page> pages = new EnumMap<>(Section.class);
    /** Below this window width the navigation shows its labels under the icons, in a narrow column. */
    static final double COMPACT_BELOW = 1200;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    private static final KeyCombination SETTINGS_KEY = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);

    public MainWindow(ShellViewModel model, TaskRunner runner, DialogService dialogs) {
        this.model = model;
        this.runner = runner;
        this.dialogs = dialogs;
        root.getStyleClass().add("main-window");
        // A 1024 px projector needs the room for the page: the navigation narrows instead of cutting the page.
        compact.bind(root.widthProperty().lessThan(COMPACT_BELOW).and(root.widthProperty().greaterThan(0)));
        root.setLeft(buildNavigation());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(new StatusBar(model, runner, dialogs).node());
        model.contextProperty().addListener((obs, old, ctx) -> pages.clear());
        model.sectionProperty().addListener((obs, old, section) -> showContent());
        model.welcomeProperty().addListener((obs, old, welcome) -> showContent());
        model.contextProperty().addListener((obs, old, ctx) -> showContent());
        model.failureProperty().addListener((obs, old, failure) -> showContent());
        showContent();
    }

    public BorderPane root() {
        return root;
    }

    /**
     * Ctrl+1 … Ctrl+5 switch sections; F5 starts the presentation; Ctrl+I imports incidents, Ctrl+K shows the key
     * figures, Ctrl+, opens the settings (as in most desktop programs).
     */
    public void installAccelerators() {
        root.getScene().getAccelerators().put(SETTINGS_KEY, this::openSettings);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::startPresentation);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::openImport);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::openKeyFigures);
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            Section section = sections[i];
            root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> model.sectionProperty().set(section));
        }
    }

    private void startPresentation() {
        if (model.contextProperty().get() == null || model.welcomeProperty().get()) {
            return;
        }
        model.sectionProperty().set(Section.PRAESENTATION);
        if (pages.get(Section.PRAESENTATION) instanceof PresentationPage page) {
            page.startPresentation();
        }
    }

    private Node buildNavigation() {
        Label brand = new Label(Messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label subtitle = new Label(Messages.get("app.subtitle"));
        subtitle.getStyleClass().add("brand-subtitle");
        subtitle.setWrapText(true);
        subtitle.visibleProperty().bind(compact.not());
        subtitle.managedProperty().bind(compact.not());
        VBox nav = new VBox(brand, subtitle);
        nav.getStyleClass().add("navigation");
        compact.addListener((obs, was, now) -> nav.pseudoClassStateChanged(COMPACT, now));
        for (Section section : Section.values()) {
            nav.getChildren().add(navButton(section));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(Messages.get("nav.hint"));
        hint.getStyleClass().add("nav-hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(compact.not());
        hint.managedProperty().bind(compact.not());
        nav.getChildren().addAll(spacer, situationTools(), hint);
        return nav;
    }

    // Entry points of issue 8 until the Lage page embeds the import dialog and the key-figure dashboard.
    private Node situationTools() {
        Button importIncidents = toolButton("nav-import", "nav.importIncidents", Material2AL.FILE_UPLOAD, this::openImport);
        Button keyFigures = toolButton("nav-figures", "nav.keyFigures", Material2AL.INSERT_CHART, this::openKeyFigures);
        VBox tools = new VBox(4, importIncidents, keyFigures, settingsButton());
        tools.getStyleClass().add("nav-tools");
        return tools;
    }

    private Button toolButton(String id, String key, Material2AL icon, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.disableProperty().bind(model.contextProperty().isNull().or(model.welcomeProperty()));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Settings concern this user on this machine, not the database: reachable before a database is open, too. */
    private Button settingsButton() {
        Button settings = new Button(Messages.get("nav.settings"), new FontIcon(Material2MZ.SETTINGS));
        settings.setId("nav-settings");
        settings.getStyleClass().add("nav-button");
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.setTooltip(new Tooltip(Messages.get("nav.settings.tooltip", SETTINGS_KEY.getDisplayText())));
        settings.setOnAction(e -> openSettings());
        return settings;
    }

    private void openSettings() {
        MapSettingsDialog.edit(root.getScene().getWindow(), model.currentSettings(), dialogs);
    }

    private void openImport() {
        if (model.contextProperty().get() != null && !model.welcomeProperty().get()) {
            ImportDialog.show(root.getScene().getWindow(), model.contextProperty().get(), runner);
        }
    }

    private void openKeyFigures() {
        if (model.contextProperty().get() != null && !model.welcomeProperty().get()) {
            KeyFigureDashboard.showWindow(root.getScene().getWindow(), model.contextProperty().get(), runner);
        }
    }

    private ToggleButton navButton(Section section) {
        ToggleButton button = new ToggleButton(Messages.get(section.key() + ".title"), new FontIcon(section.icon()));
        button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("nav-button");
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setSelected(model.sectionProperty().get() == section);
        button.disableProperty().bind(model.contextProperty().isNull().or(model.welcomeProperty()));
        button.setOnAction(e -> {
            // A toggle group lets the user unselect the current button; a section is always selected.
            button.setSelected(true);
            model.sectionProperty().set(section);
        });
        model.sectionProperty().addListener((obs, old, now) -> button.setSelected(now == section));
        return button;
    }

    private void showContent() {
        Node node;
        if (model.failureProperty().get() != null) {
            node = messagePage(Messages.get("error.openTitle"), model.failureProperty().get(), "error-page");
        } else if (model.contextProperty().get() == null) {
            node = loadingPage();
        } else if (model.welcomeProperty().get()) {
            node = new WelcomePage(model).node();
        } else {
            Section section = model.sectionProperty().get();
            Page page = pages.computeIfAbsent(section,
                    s -> Pages.create(s, model.contextProperty().get(), runner, dialogs, model::currentSettings));
            page.onShow();
            node = page.node();
        }
        content.getChildren().setAll(node);
    }

    private Node loadingPage() {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(Messages.get("status.opening", model.location().display()));
        label.getStyleClass().add("loading-text");
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        box.setId("loading-page");
        return box;
    }

    private static Node messagePage(String title, String text, String styleClass) {
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(680);
        VBox box = new VBox(16, icon, heading, body);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(styleClass);
        box.setId(styleClass);
        return box;
    }
}
