package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.CliTest.Run;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {

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

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("update audit_log set actor = 'Mallory' where id = (select min(id) from audit_log)");
        }

        Run tampered = CliTest.run("--db", db, "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("wurde verändert").contains("erste nicht passende Eintrag ist Nr.")
                .contains("Mallory");
    }

    @Test
    void removingTheNewestEntryIsDetectedToo() throws Exception {
        String db = folder.resolve("lage").toString();
        assertThat(CliTest.run("--db", db, "demo").exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("delete from audit_log where id = (select max(id) from audit_log)");
        }
        Run tampered = CliTest.run("--db", db, "audit", "verify");
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("die neuesten Einträge fehlen");
    }

    @Test
    void auditWithoutSubcommandAsksForOne() {
        Run run = CliTest.run("--db", folder.resolve("lage").toString(), "audit");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("audit verify");
    }
}
