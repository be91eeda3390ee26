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
}
