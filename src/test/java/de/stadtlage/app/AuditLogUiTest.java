package de.stadtlage.app;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditEntry;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.ChainRewriter;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.meeting.MeetingService;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.testing.Screenshots;
import de.stadtlage.testing.RunningApp;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AuditLogUiTest {

    private final Path folder = TempDatabase.newFolder();
    private final DatabaseLocation location = TempDatabase.location(folder);
    private final RunningApp app = new RunningApp(folder, location);

    @Start
    void start(Stage stage) {
        // no admin yet: the settings' default person (Administrator) works without login
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theAdminFiltersTheLogReadsAnEntryAndSeesTheChainCheckNoticeAChangeBehindTheAppsBack(FxRobot robot)
            throws Exception {
        ShellUiTest.waitFor(robot, "#welcome-page");
        long update = writeSomeHistory();
        robot.clickOn("#status-user");
        ShellUiTest.waitFor(robot, "#people-audit-log");
        Screenshots.save(robot, robot.lookup("#people-dialog").query().getScene(), "people-dialog-audit-log");
        robot.clickOn("#people-audit-log");
        ShellUiTest.waitFor(robot, "#audit-table");
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() >= 3);

        @SuppressWarnings("unchecked")
        ComboBox<String> actor = robot.lookup("#audit-actor").queryAs(ComboBox.class);
        robot.interact(() -> actor.getSelectionModel().select("Anna Becker"));
        waitForRows(robot, table, 2);
        assertThat(table.getItems()).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        @SuppressWarnings("unchecked")
        CheckComboBox<String> kinds = robot.lookup("#audit-entities").queryAs(CheckComboBox.class);
        robot.interact(() -> kinds.getCheckModel().check("task"));
        waitForRows(robot, table, 2);
        assertThat(kinds.getTitle()).isEqualTo("Aufgabe");
        robot.clickOn("#audit-search").write("keuning").type(KeyCode.ENTER);
        waitForRows(robot, table, 1);
        robot.interact(() -> robot.lookup("#audit-search").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#audit-search").type(KeyCode.ENTER);
        waitForRows(robot, table, 2);

        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#audit-before").queryAs(TextArea.class).getText().isEmpty());
        assertThat(robot.lookup("#audit-before").queryAs(TextArea.class).getText()).contains("\"status\" : \"OPEN\"");
        assertThat(robot.lookup("#audit-after").queryAs(TextArea.class).getText())
                .contains("\"status\" : \"DONE\"").contains("\n");

        Label result = robot.lookup("#audit-verification").queryAs(Label.class);
        robot.clickOn("#audit-verify");
        waitUntil(() -> !result.getText().isEmpty());
        assertThat(result.getText()).isEqualTo("Das Änderungsprotokoll ist unverändert: " + entries()
                + " Einträge geprüft; der Prüfanker der abgeschlossenen Sitzung passt.");
        assertThat(result.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("intact"));
        Screenshots.save(robot, table.getScene(), "audit-log-intact");

        try (Database db = Database.open(location)) {
            db.dsl().execute("update audit_log set actor = 'X' where id = " + update);
        }
        robot.clickOn("#audit-verify");
        waitUntil(() -> result.getText().contains("verändert"));
        assertThat(result.getText()).contains("Nr. " + update).contains("X, task 7, UPDATE");
        assertThat(result.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("broken"))
                .doesNotContain(PseudoClass.getPseudoClass("intact"));
        Screenshots.save(robot, table.getScene(), "audit-log-broken");

        // Recomputing the whole chain makes it whole again, but the closed meeting's anchor gives it away.
        try (Database db = Database.open(location); java.sql.Connection c = db.connection()) {
            ChainRewriter.recompute(c);
        }
        robot.clickOn("#audit-verify");
        waitUntil(() -> result.getText().contains("neu berechnet"));
        assertThat(result.getText()).contains("Sitzung vom 10.01.2030").contains("anderen Hash");
        assertThat(result.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("broken"));
        Screenshots.save(robot, table.getScene(), "audit-log-recomputed");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#audit-table").tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#people-dialog").query().getScene().getWindow().hide());
    }

    /**
     * Three changes by two people, written like the services write them, then a meeting closed (which keeps an
     * anchor of the chain); returns the id of Anna's update.
     */
    private long writeSomeHistory() {
        try (Database db = Database.open(location)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna Becker", "task", 7, "CREATE", null,
                    Map.of("title", "Zelt am Keuningpark räumen", "status", "OPEN")));
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Ben Yilmaz", "incident", 3, "UPDATE",
                    Map.of("place", "Münsterstraße 12"), Map.of("place", "Münsterstraße 14")));
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna Becker", "task", 7, "UPDATE",
                    Map.of("status", "OPEN"), Map.of("status", "DONE")));
            long update = db.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
            MeetingService meetings = new MeetingService(db, CurrentUser.system(), java.time.Clock.systemDefaultZone());
            int meeting = meetings.plan(java.time.LocalDate.of(2030, 1, 10), java.time.LocalTime.of(10, 0), "Rathaus",
                    null, null).id();
            meetings.start(meeting);
            meetings.close(meeting);
            return update;
        }
    }

    private int entries() {
        try (Database db = Database.open(location)) {
            return db.dsl().fetchCount(AUDIT_LOG);
        }
    }

    /** Waits until the search that is running has finished and shows {@code rows} entries. */
    private static void waitForRows(FxRobot robot, TableView<AuditEntry> table, int rows) throws Exception {
        javafx.scene.Node progress = robot.lookup(".audit-progress").query();
        waitUntil(() -> !progress.isVisible() && table.getItems().size() == rows);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
