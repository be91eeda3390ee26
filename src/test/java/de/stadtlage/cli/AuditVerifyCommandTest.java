package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.ChainRewriter;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.cli.CliTest.Run;
import de.stadtlage.meeting.MeetingService;
import de.stadtlage.meeting.minutes.MinutesXhtml;
import de.stadtlage.meeting.minutes.PdfChecks;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {

    /** Puts another name on the oldest entry of the log. */
    private static final String MALLORY = "update audit_log set actor = 'Mallory' where id = (select min(id) from audit_log)";

    @TempDir
    Path folder;

    @Test
    void verifyPassesOnAnUntouchedLogAndFailsWithExit3WhenARowWasChangedBehindTheAppsBack() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        assertThat(CliTest.run("--db", db, "demo", "--force").exitCode()).isZero(); // a second entry in the chain

        Run intact = CliTest.run("--db", db, "audit", "verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("unverändert").contains("Einträge");

        behindTheAppsBack(db, MALLORY);

        Run tampered = CliTest.run("--db", db, "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("wurde verändert").contains("erste nicht passende Eintrag ist Nr.")
                .contains("Mallory");
    }

    /** A signed backup is only as honest as the log it copied: restoring it checks the log at once. */
    @Test
    void restoringABackupOfAChangedLogRestoresItAndEndsWithExit3NamingTheChange() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        behindTheAppsBack(db, MALLORY);
        String file = folder.resolve("sicherung.sql.zip").toString();
        assertThat(CliTest.run("--db", db, "backup", "--out", file).exitCode()).isZero();

        Run restore = CliTest.run("--db", db, "restore", file, "--force");
        assertThat(restore.exitCode()).as(restore.err()).isEqualTo(3);
        assertThat(restore.out()).contains("Wiederhergestellt aus");
        assertThat(restore.err()).contains("wiederhergestellte Änderungsprotokoll ist nicht unverändert")
                .contains("erste nicht passende Eintrag ist Nr.").contains("Mallory");
        assertThat(CliTest.run("--db", db, "audit", "verify").exitCode()).isEqualTo(3);
    }

    @Test
    void removingTheNewestEntryIsDetectedToo() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        behindTheAppsBack(db, "delete from audit_log where id = (select max(id) from audit_log)");
        Run tampered = CliTest.run("--db", db, "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("die neuesten Einträge fehlen");
    }

    @Test
    void aChainRecomputedAfterAChangeNoLongerFitsTheAnchorsOfClosedMeetingsAndOfPrintedMinutes() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        LocalDate date = LocalDate.of(2030, 1, 10);
        try (Database database = Database.open(DatabaseLocation.parse(db))) {
            MeetingService meetings = new MeetingService(database, CurrentUser.system(), Clock.systemDefaultZone());
            int meeting = meetings.plan(date, LocalTime.of(10, 0), "Rathaus", "Vorsitz", "Protokoll").id();
            meetings.start(meeting);
            meetings.close(meeting);
        }
        Path pdf = folder.resolve("protokoll.pdf");
        Run export = CliTest.run("--db", db, "export-minutes", "--meeting", date.toString(), "--out", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        String printed = printedAnchor(pdf);

        Run intact = CliTest.run("--db", db, "audit", "verify", "--anchor", printed);
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("unverändert").contains("Sitzung vom 10.01.2030, Prüfanker ")
                .contains("Angegebener Prüfanker, Prüfanker " + printed + ": passt")
                .contains("2 abgeschlossene Sitzungen haben keinen Prüfanker");

        try (Database database = Database.open(DatabaseLocation.parse(db)); Connection c = database.connection();
             Statement s = c.createStatement()) {
            s.executeUpdate(MALLORY);
            ChainRewriter.recompute(c);
            assertThat(AuditLog.verify(database.dsl()).intact()).as("the chain alone no longer shows it").isTrue();
        }

        Run tampered = CliTest.run("--db", db, "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("wurde verändert").contains("neu berechnet")
                .contains("Sitzung vom 10.01.2030").contains("anderen Hash");
        Run withPrinted = CliTest.run("--db", db, "audit", "verify", "--anchor", printed);
        assertThat(withPrinted.exitCode()).isEqualTo(3);
        assertThat(withPrinted.err()).contains("Angegebener Prüfanker, Prüfanker " + printed + ": der Eintrag hat"
                + " heute einen anderen Hash");
    }

    @Test
    void aMalformedAnchorIsBadInputAndTheAnchorsAreListedForKeepingElsewhere() {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        Run malformed = CliTest.run("--db", db, "audit", "verify", "--anchor", "12-abc");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("ist kein Prüfanker");

        Run anchors = CliTest.run("--db", db, "audit", "anchors");
        assertThat(anchors.exitCode()).as(anchors.err()).isZero();
        assertThat(anchors.out()).contains("(keiner, vor Einführung der Prüfanker abgeschlossen)");
        String head = anchors.out().lines().filter(l -> l.startsWith("Kettenspitze jetzt: ")).findFirst()
                .orElseThrow().substring("Kettenspitze jetzt: ".length());
        assertThat(head).matches("1-[0-9a-f]{32}-[0-9a-f]{16}");
        assertThat(CliTest.run("--db", db, "audit", "verify", "--anchor", head).exitCode()).isZero();
    }

    /** The anchor as a person copies it from the footer of the PDF. */
    /** Changes the database with plain SQL, as someone with access to the file could. */
    private static void behindTheAppsBack(String db, String sql) throws Exception {
        try (Database database = Database.open(DatabaseLocation.parse(db)); Connection c = database.connection();
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String printedAnchor(Path pdf) throws Exception {
        Matcher m = Pattern.compile(Pattern.quote(MinutesXhtml.ANCHOR_LABEL) + "(\\S+)")
                .matcher(PdfChecks.text(Files.readAllBytes(pdf)));
        assertThat(m.find()).as("the minutes print the anchor").isTrue();
        return m.group(1);
    }

    @Test
    void auditWithoutSubcommandAsksForOne() {
        Run run = CliTest.run("--db", folder.resolve("lage").toString(), "audit");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("audit verify");
    }
}
