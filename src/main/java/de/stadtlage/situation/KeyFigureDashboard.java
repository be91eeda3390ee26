package de.stadtlage.situation;

import de.stadtlage.app.AppContext;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.importing.KeyFigureCsvImport;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The key figures of the Lage page: one card per metric and source with the latest value and its change against
 * the period before and the same period a year earlier, and charts for the selected card. Embed it as a node.
 */
public final class KeyFigureDashboard extends VBox {

    private final KeyFigureDashboardModel model;
    private final TaskRunner runner;
    private final Function<Path, Integer> csvImport;
    private final FlowPane cards = new FlowPane(12, 12);
    private final BarChart<String, Number> comparison = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> history = new LineChart<>(new CategoryAxis(), new NumberAxis());

    /** {@code csvImport} imports a key-figure CSV file and returns how many figures it saved. */
    public KeyFigureDashboard(KeyFigureDashboardModel model, TaskRunner runner, Function<Path, Integer> csvImport) {
        this.model = model;
        this.runner = runner;
        this.csvImport = csvImport;
        getStyleClass().add("figure-dashboard");
        getStylesheets().add(Objects.requireNonNull(
                KeyFigureDashboard.class.getResource("/de/stadtlage/situation/keyfigures.css")).toExternalForm());
        setId("figure-dashboard");
        cards.getStyleClass().add("figure-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("figure-scroll");
        HBox body = new HBox(16, scroll, charts());
        HBox.setHgrow(scroll, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), body);
        model.trends().addListener((javafx.collections.ListChangeListener<KeyFigureTrend>) c -> showCards());
        model.selectedProperty().addListener((obs, old, now) -> showSelection());
    }

    /** A dashboard for the open database, loading right away. */
    public static KeyFigureDashboard create(AppContext ctx, TaskRunner runner) {
        KeyFigureService service = new KeyFigureService(ctx.database(), ctx.currentUser());
        KeyFigureDashboardModel model = new KeyFigureDashboardModel(service, runner, ctx.clock());
        KeyFigureDashboard dashboard = new KeyFigureDashboard(model, runner,
                file -> new KeyFigureCsvImport(service).importFile(file));
        model.load();
        return dashboard;
    }

    /** Shows the dashboard in its own window (until the Lage page embeds it). */
    public static javafx.stage.Stage showWindow(javafx.stage.Window owner, AppContext ctx, TaskRunner runner) {
        KeyFigureDashboard dashboard = create(ctx, runner);
        // no larger than the main window: on a 1024 × 768 projector laptop the window must fit the screen
        double width = owner == null ? 1200 : Math.min(1200, owner.getWidth());
        double height = owner == null ? 760 : Math.min(760, owner.getHeight());
        javafx.scene.Scene scene = new javafx.scene.Scene(dashboard, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                KeyFigureDashboard.class.getResource("/de/stadtlage/app/app.css")).toExternalForm());
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle(Messages.get("figures.title"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        return stage;
    }

    public KeyFigureDashboardModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label(Messages.get("figures.title"));
        title.getStyleClass().add("figure-title");
        Label week = new Label(model.currentWeekText());
        week.getStyleClass().add("figure-week");
        Label explain = new Label(Messages.get("figures.explain"));
        explain.getStyleClass().add("figure-subtitle");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.getStyleClass().add("figure-message");
        message.textProperty().bind(model.messageProperty());
        Button edit = new Button(Messages.get("figures.edit"));
        edit.setId("figures-edit");
        edit.setDisable(!model.canWrite());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(e -> KeyFigureEditor.show(getScene() == null ? null : getScene().getWindow(),
                model.service(), runner, csvImport, model.today(), model::load));
        VBox texts = new VBox(2, title, week, explain, message);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox top = new HBox(12, texts, edit);
        top.setAlignment(Pos.TOP_LEFT);
        return top;
    }

    private Node charts() {
        comparison.setId("figure-comparison");
        comparison.setLegendVisible(false);
        comparison.setAnimated(false);
        comparison.setTitle(Messages.get("figures.chartComparison"));
        history.setId("figure-history");
        history.setLegendVisible(false);
        history.setAnimated(false);
        history.setTitle(Messages.get("figures.chartHistory"));
        VBox box = new VBox(8, comparison, history);
        box.getStyleClass().add("figure-charts");
        box.setPrefWidth(380);
        box.setMinWidth(340);
        return box;
    }

    private void showCards() {
        cards.getChildren().clear();
        for (KeyFigureTrend trend : model.trends()) {
            KeyFigureCard card = new KeyFigureCard(trend, model.isCurrentWeek(trend));
            card.setOnMouseClicked(e -> model.selectedProperty().set(trend));
            card.setSelected(trend == model.selectedProperty().get());
            cards.getChildren().add(card);
        }
    }

    private void showSelection() {
        KeyFigureTrend trend = model.selectedProperty().get();
        cards.getChildren().forEach(n -> ((KeyFigureCard) n).setSelected(((KeyFigureCard) n).trend() == trend));
        comparison.getData().clear();
        history.getData().clear();
        if (trend == null) {
            return;
        }
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        trend.yearAgo().ifPresent(y -> bars.getData().add(bar(Messages.get("figures.barYearAgo"), y)));
        trend.previous().ifPresent(p -> bars.getData().add(bar(Messages.get("figures.barPrevious"), p)));
        bars.getData().add(bar(Messages.get("figures.barCurrent"), trend.current()));
        comparison.getData().add(bars);
        comparison.setTitle(trend.metric() + " (" + trend.source() + ")");
        XYChart.Series<String, Number> line = new XYChart.Series<>();
        trend.history().forEach(f -> line.getData().add(new XYChart.Data<>(KeyFigureTrend.periodLabel(f), f.value())));
        history.getData().add(line);
        history.setTitle(Messages.get("figures.chartHistory") + " · " + Formats.decimal(trend.current().value().doubleValue()));
    }

    private static XYChart.Data<String, Number> bar(String label, KeyFigure figure) {
        return new XYChart.Data<>(label + "\n" + KeyFigureTrend.periodLabel(figure), figure.value());
    }
}
