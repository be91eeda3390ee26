package de.stadtlage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.TaskRunner;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.TempDatabase;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportDialogUiTest {

    private final Database db = TempDatabase.open(TempDatabase.newFolder());
    private final AppContext ctx = new AppContext(db, CurrentUser.system(), Clock.systemDefaultZone());
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        // A shown stage without a scene can leave Monocle's first pulse waiting for a frame forever.
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        dialog = ImportDialog.show(stage, ctx, TaskRunner.direct());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aGoodFileIsPreviewedAndImported(FxRobot robot) {
        robot.interact(() -> dialog.model().choose(Fixtures.path("addresses.csv")));
        assertThat(robot.lookup("#import-format").queryAs(Label.class).getText()).isEqualTo("CSV, UTF-8, Semikolon (;)");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("4 Zeilen, davon 3 ungefähr verortet, 0 fehlerhaft");
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#import-start").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> Screenshots.save(dialog.stage().getScene().getRoot(), "import-dialog-ok"));

        robot.clickOn("#import-start");
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText())
                .isEqualTo("Import abgeschlossen – importiert: 4, Duplikate übersprungen: 0, ungefähr verortet: 3.");
        assertThat(robot.lookup("#import-start").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(ctx.incidents().count()).isEqualTo(4);
    }

    @Test
    void aBadFileShowsItsErrorsAndCannotBeImported(FxRobot robot) {
        robot.interact(() -> dialog.model().choose(Fixtures.path("bad-rows.csv")));
        ListView<?> errors = robot.lookup("#import-errors").queryAs(ListView.class);
        assertThat(errors.getItems()).hasSize(8);
        assertThat(errors.getItems().get(0).toString()).startsWith("Zeile 3: Kategorie „Raub“ ist unbekannt");
        assertThat(robot.lookup("#import-start").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).startsWith("Die Datei enthält fehlerhafte Zeilen");
        robot.interact(() -> Screenshots.save(dialog.stage().getScene().getRoot(), "import-dialog-errors"));
        assertThat(ctx.incidents().count()).isZero();
    }

    @Test
    void aWindows1252FileSaysSoAndWhereUtf8Failed(FxRobot robot) {
        robot.interact(() -> dialog.model().choose(Fixtures.path("addresses.csv")));
        assertThat(robot.lookup("#import-encoding").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(() -> dialog.model().choose(Fixtures.path("windows1252-semicolon.csv")));
        assertThat(robot.lookup("#import-format").queryAs(Label.class).getText()).isEqualTo("CSV, Windows-1252, Semikolon (;)");
        Label notice = robot.lookup("#import-encoding").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Die Datei ist kein gültiges UTF-8 (erste ungültige Stelle: Zeile 1, Byte ")
                .contains("als Windows-1252 gelesen");
        assertThat(robot.lookup("#import-start").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> Screenshots.save(dialog.stage().getScene().getRoot(), "import-dialog-windows1252"));
    }

    @Test
    void escapeClosesTheDialogAndNothingIsCutOnASmallScreen(FxRobot robot) {
        robot.interact(() -> dialog.model().choose(Fixtures.path("bad-rows.csv")));
        robot.interact(() -> {
            dialog.stage().setWidth(1024);
            dialog.stage().setHeight(728);
        });
        Screenshots.save(robot, dialog.stage().getScene(), "import-dialog-1024");
        // The preview shows the file's raw columns and scrolls sideways; each problem is listed in full below it.
        assertThat(de.stadtlage.testing.CutText.in(robot, dialog.stage().getScene(), "import-preview")).isEmpty();
        robot.clickOn("#import-preview").type(javafx.scene.input.KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).isFalse();
    }
}
