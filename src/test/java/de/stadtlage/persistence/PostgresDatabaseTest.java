package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.LoginFailedException;
import de.stadtlage.cli.Cli;
import de.stadtlage.testing.PostgresTestSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The operations side on a PostgreSQL server: command line, login, audit, backup and restore via jOOQ. */
@EnabledIfEnvironmentVariable(named = PostgresTestSchemas.URL_VARIABLE, matches = ".+")
class PostgresDatabaseTest {

    @TempDir
    Path folder;

    private String[] cli(String url, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--db", url, "--db-user", PostgresTestSchemas.user(),
                "--db-password", PostgresTestSchemas.password()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), Map.of());
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void sampleDataBackupAndRestoreBetweenTwoSchemasOnTheServer() {
        String source = PostgresTestSchemas.urlFor(folder.resolve("quelle"));
        String target = PostgresTestSchemas.urlFor(folder.resolve("ziel"));
        Path file = folder.resolve("server.sql.zip");
        assertThat(run(cli(source, "demo"))[0]).isEqualTo("0");
        String[] info = run(cli(source, "info"));
        assertThat(info[1].lines()).contains("meeting: 2", "person: 11", "task: 26", "key_figure: 18");
        assertThat(run(cli(source, "audit", "verify"))[0]).isEqualTo("0");

        String[] backup = run(cli(source, "backup", "--out", file.toString()));
        assertThat(backup[0]).as(backup[2]).isEqualTo("0");
        String sourceKey = SiteKey.fileFor(DatabaseLocation.parse(source)).toString();
        String[] restore = run(cli(target, "restore", file.toString(), "--key-file", sourceKey));
        assertThat(restore[0]).as(restore[2]).isEqualTo("0");
        // each schema has a key file of its own
        assertThat(run(cli(target, "info"))[1].lines().filter(l -> !l.startsWith("Schlüsseldatei")))
                .containsExactlyElementsOf(info[1].replace("audit_log: 1", "audit_log: 2").lines()
                        .filter(l -> !l.startsWith("Schlüsseldatei")).toList());
        assertThat(run(cli(target, "audit", "verify"))[0]).isEqualTo("0");
        String[] refused = run(cli(target, "restore", file.toString(), "--key-file", sourceKey));
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains("enthält bereits Daten");
    }

    @Test
    void loginLockoutAndAuditWorkOnTheServer() {
        try (Database db = Database.open(PostgresTestSchemas.location(folder))) {
            AccessService access = new AccessService(db, Clock.systemUTC());
            CurrentUser admin = access.createFirstAdmin("admin", "Petra Admin", "Wallring-2023!".toCharArray());
            assertThat(access.authenticate("admin", "Wallring-2023!".toCharArray())).isEqualTo(admin);
            for (int i = 0; i < 5; i++) {
                Assertions.assertThatThrownBy(() -> access.authenticate("admin", "falsch-falsch".toCharArray()))
                        .isInstanceOf(LoginFailedException.class);
            }
            Assertions.assertThatThrownBy(() -> access.authenticate("admin", "Wallring-2023!".toCharArray()))
                    .hasMessageContaining("Bitte warten Sie");
            assertThat(AuditLog.verify(db.dsl()).intact()).isTrue();
        }
    }
}
