package de.stadtlage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.cli.CliTest.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {

    @TempDir
    Path folder;

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void onceADatabaseHasAnAdminEveryCommandNeedsUserAndPassword() {
        String db = folder.resolve("lage").toString();
        Map<String, String> right = Map.of("STADTLAGE_PASSWORD", "Wallring-2023!");
        assertThat(run(Map.of(), "--db", db, "info").exitCode()).isZero(); // no admin yet: no login

        Run init = run(right, "--db", db, "init-admin", "--user", "admin", "--name", "Petra Admin");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Administrator \"admin\"");

        Run anonymous = run(Map.of(), "--db", db, "info");
        assertThat(anonymous.exitCode()).isEqualTo(2);
        assertThat(anonymous.err()).contains("durch eine Anmeldung geschützt").contains("--user");
        Run noPassword = run(Map.of(), "--db", db, "--user", "admin", "info");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("STADTLAGE_PASSWORD");
        Run wrong = run(Map.of("STADTLAGE_PASSWORD", "geraten-geraten"), "--db", db, "--user", "admin", "info");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Passwort ist falsch");

        assertThat(run(right, "--db", db, "--user", "admin", "info").out()).contains("person: 1");
        assertThat(run(right, "--db", db, "audit", "verify", "--user", "admin").exitCode()).isZero();

        Run again = run(right, "--db", db, "init-admin", "--user", "zweiter");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("bereits einen Administrator");
    }

    @Test
    void demoForceKeepsTheAdminSoTheDatabaseStaysProtected() {
        String db = folder.resolve("lage").toString();
        Map<String, String> env = Map.of("STADTLAGE_PASSWORD", "Wallring-2023!");
        assertThat(run(env, "--db", db, "init-admin", "--user", "admin").exitCode()).isZero();
        assertThat(run(env, "--db", db, "--user", "admin", "demo").exitCode()).isZero();
        assertThat(run(env, "--db", db, "--user", "admin", "demo", "--force").exitCode()).isZero();
        assertThat(run(Map.of(), "--db", db, "info").exitCode()).isEqualTo(2);
        assertThat(run(env, "--db", db, "--user", "admin", "info").out()).contains("person: 12");
    }

    @Test
    void aReaderCanReadButNotVerifyTheAuditLogBackUpRestoreOrLoadSampleData() {
        String db = folder.resolve("lage").toString();
        Map<String, String> admin = Map.of("STADTLAGE_PASSWORD", "Wallring-2023!");
        Map<String, String> reader = Map.of("STADTLAGE_PASSWORD", "Lesen-Lesen-1");
        assertThat(run(admin, "--db", db, "init-admin", "--user", "admin").exitCode()).isZero();
        try (var database = de.stadtlage.persistence.Database.open(de.stadtlage.persistence.DatabaseLocation.parse(db))) {
            var access = new de.stadtlage.access.AccessService(database, java.time.Clock.systemUTC());
            var adminUser = access.authenticate("admin", "Wallring-2023!".toCharArray());
            access.createPerson(adminUser, new de.stadtlage.access.Person(null, "leser", "Lea Leser",
                    de.stadtlage.access.Organisation.STADT, null, de.stadtlage.access.Role.LESEND, null, true),
                    "Lesen-Lesen-1".toCharArray());
        }
        assertThat(run(reader, "--db", db, "--user", "leser", "info").exitCode()).isZero();
        for (String audit : new String[] {"verify", "anchors"}) {
            Run refused = run(reader, "--db", db, "--user", "leser", "audit", audit);
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("Änderungsprotokoll prüfen und seine Prüfanker lesen darf nur die"
                    + " Administration");
        }
        assertThat(run(admin, "--db", db, "--user", "admin", "audit", "verify").exitCode()).isZero();
        for (String[] command : new String[][] {{"demo"}, {"backup", "--out", folder.resolve("x.zip").toString()}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", db, "--user", "leser"),
                    java.util.Arrays.stream(command)).toArray(String[]::new);
            Run refused = run(reader, args);
            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(refused.err()).contains("nur die Administration");
        }
    }

    @Test
    void theAdminManagesPeopleOnTheCommandLineAndOthersMayNot() {
        String db = folder.resolve("lage").toString();
        Map<String, String> admin = Map.of("STADTLAGE_PASSWORD", "Wallring-2023!",
                "STADTLAGE_NEW_PASSWORD", "Suchthilfe-2023");
        Map<String, String> lead = Map.of("STADTLAGE_PASSWORD", "Suchthilfe-2023");
        assertThat(run(admin, "--db", db, "init-admin", "--user", "admin").exitCode()).isZero();
        Run add = run(admin, "--db", db, "--user", "admin", "people", "add", "--login", "lwagner",
                "--name", "Leonie Wagner", "--role", "UNTERGRUPPENLEITUNG", "--subgroup", "sh");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(run(admin, "--db", db, "--user", "admin", "people", "list").out())
                .contains("lwagner\tLeonie Wagner\tUntergruppenleitung\taktiv\tPasswort gesetzt");

        assertThat(run(lead, "--db", db, "--user", "lwagner", "info").exitCode()).isZero();
        Run refused = run(lead, "--db", db, "--user", "lwagner", "people", "list");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("darf Personen und Passwörter nicht ändern");

        assertThat(run(admin, "--db", db, "--user", "admin", "people", "active", "lwagner", "false").exitCode()).isZero();
        assertThat(run(lead, "--db", db, "--user", "lwagner", "info").err()).contains("deaktiviert");
        assertThat(run(admin, "--db", db, "--user", "admin", "people", "active", "admin", "false").err())
                .contains("letzte aktive Administrator");
    }
}
