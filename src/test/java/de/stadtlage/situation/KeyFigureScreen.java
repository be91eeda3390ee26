package de.stadtlage.situation;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.AppScene;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.stage.Stage;

/** The key-figure dashboard on the sample data, on Wednesday of KW 36/2023, shown on a test stage. */
final class KeyFigureScreen {

    static final LocalDate TODAY = LocalDate.of(2023, 9, 6);

    private KeyFigureScreen() {
    }

    static KeyFigureDashboard show(Stage stage, Database db) {
        SampleData.load(db, CurrentUser.system(), LocalDate.of(2023, 9, 1), false);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        KeyFigureDashboard dashboard = KeyFigureDashboard.create(new AppContext(db, CurrentUser.system(), clock),
                TaskRunner.direct());
        AppScene.show(stage, dashboard, 1200, 760);
        return dashboard;
    }
}
