package de.stadtlage.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.meeting.MeetingService;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.SiteKey;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditAnchorsTest {

    private static final CurrentUser ADMIN = new CurrentUser("Petra Admin", Role.ADMIN, null);

    @TempDir
    Path folder;

    private static void closeAMeeting(Database db, LocalDate date) {
        MeetingService meetings = new MeetingService(db, ADMIN, Clock.systemDefaultZone());
        int meeting = meetings.plan(date, LocalTime.of(10, 0), "Rathaus", null, null).id();
        meetings.start(meeting);
        meetings.close(meeting);
    }

    private static AuditReport verify(Database db) {
        return new AuditLogService(db, Clock.systemDefaultZone()).verify(ADMIN);
    }

    @Test
    void aStoredAnchorOnlyTheKeyFileCouldHaveMadeGivesAwayAChainRecomputedAfterAChange() throws Exception {
        try (Database db = TempDatabase.open(folder)) {
            db.transaction(cfg -> AuditLog.append(cfg.dsl(), "Anna Becker", "task", 7, "CREATE", null, Map.of("a", 1)));
            closeAMeeting(db, LocalDate.of(2030, 1, 10));
            AuditReport fresh = verify(db);
            assertThat(fresh.intact()).isTrue();
            assertThat(fresh.anchors()).singleElement().extracting(AnchorCheck::outcome)
                    .isEqualTo(AnchorCheck.Outcome.FITS);

            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("update audit_log set actor = 'Mallory' where actor = 'Anna Becker'");
                ChainRewriter.recompute(c);
            }
            assertThat(verify(db).intact()).isFalse();
            assertThat(verify(db).anchors().get(0).outcome()).isEqualTo(AnchorCheck.Outcome.ENTRY_CHANGED);

            // A careful forger writes a new anchor for the recomputed chain, but cannot sign it without the key file.
            AuditAnchor recomputed = AuditAnchors.current(db.dsl(), SiteKey.load(folder.resolve("fremd.key")));
            db.dsl().execute("update meeting set audit_anchor = '" + recomputed.storedText() + "'");
            AuditReport forged = verify(db);
            assertThat(forged.intact()).isFalse();
            assertThat(forged.describe()).contains("wurde verändert").contains("Sitzung vom 10.01.2030")
                    .contains("nicht mit der Schlüsseldatei dieser Datenbank erstellt");
        }
    }

    @Test
    void withoutTheKeyFileTheAnchorsHashesAreStillCheckedAndTheReportSaysWhatIsMissing() throws Exception {
        try (Database db = TempDatabase.open(folder)) {
            closeAMeeting(db, LocalDate.of(2030, 1, 10));
            Path key = SiteKey.fileFor(db.location());
            Files.move(key, folder.resolve("aufbewahrt.key"));

            AuditReport report = verify(db);
            assertThat(report.intact()).isTrue();
            assertThat(report.anchors().get(0).outcome()).isEqualTo(AnchorCheck.Outcome.FITS_KEY_UNCHECKED);
            assertThat(report.details()).anySatisfy(line -> assertThat(line)
                    .contains("Die Schlüsseldatei " + key + " fehlt"));
            assertThat(key).as("checking never makes a new key").doesNotExist();
            Files.move(folder.resolve("aufbewahrt.key"), key);
        }
    }

    @Test
    void theShortTextReadsBackAsCopiedFromAPdfAndOtherTextIsNoAnchor() {
        AuditAnchor anchor = new AuditAnchor(812, "9f86d081884c7d659a2feaa0c55ad015" + "0".repeat(32),
                "3a7bd3e2360a3d29" + "1".repeat(48));
        assertThat(anchor.text()).isEqualTo("812-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29");
        assertThat(AuditAnchor.parse(" 812-9F86D081884C7D659A2FEAA0C55AD015-\n3a7bd3e2360a3d29 ")).hasValueSatisfying(
                read -> assertThat(read.text()).isEqualTo(anchor.text()));
        assertThat(AuditAnchor.parse(anchor.storedText())).contains(anchor);
        for (String wrong : List.of("", "812", "812-9f86d081-3a7bd3e2", "x-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29")) {
            assertThat(AuditAnchor.parse(wrong)).as(wrong).isEmpty();
        }
    }
}
