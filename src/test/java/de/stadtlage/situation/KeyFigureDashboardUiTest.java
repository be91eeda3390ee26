package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.persistence.Database;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KeyFigureDashboardUiTest {

    private final Database db = TempDatabase.open(TempDatabase.newFolder());
    private KeyFigureDashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = KeyFigureScreen.show(stage, db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCardsShowTheReportedChangesAndTheChartsFollowTheSelection(FxRobot robot) {
        assertThat(robot.lookup(".figure-change").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("ggü. Vorjahr: +17,0 %", "ggü. Vorjahr: +25,0 %", "ggü. Vorjahr: +94,1 %");
        assertThat(robot.lookup(".figure-week").queryAs(Label.class).getText()).isEqualTo("Aktuelle Woche: KW 36/2023");
        KeyFigureTrend knives = dashboard.model().trends().stream().filter(t -> t.metric().equals("Messerangriffe"))
                .findFirst().orElseThrow();
        robot.interact(() -> dashboard.model().selectedProperty().set(knives));
        assertThat(robot.lookup("#figure-comparison").queryAs(javafx.scene.chart.BarChart.class).getData())
                .singleElement().satisfies(s -> assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) s).getData()).hasSize(2));
        robot.interact(() -> Screenshots.save(dashboard, "key-figure-dashboard"));
    }
}
