package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.testing.ChildJvm;
import de.stadtlage.testing.FileHolder;
import de.stadtlage.testing.TempDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing an H2 file with other instances is an explicit choice ({@code --shared}), not the default. */
class SharedFileChoiceTest {

    @TempDir
    Path folder;

    @Test
    void withoutTheChoiceASecondInstanceIsToldInGermanThatTheFileIsInUse() throws Exception {
        DatabaseLocation location = TempDatabase.location(folder);
        Database.open(location).close();
        Holder holder = Holder.start(folder, location, "app");
        try {
            assertThatThrownBy(() -> Database.open(location)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("ist gerade in einem anderen Stadtlage geöffnet")
                    .hasMessageContaining("--shared").hasMessageContaining("PostgreSQL");
            assertThatThrownBy(() -> Database.open(location.shared()))
                    .hasMessageContaining("in einem anderen Stadtlage geöffnet");
        } finally {
            holder.quit();
        }
        Database.open(location).close(); // free again
    }

    @Test
    void aFileFromBeforeThatAnOlderInstanceServesKeepsItsEmptyPasswordUntilOneInstanceHasItAlone()
            throws Exception {
        DatabaseLocation location = DatabasePasswordTest.fileFromBefore(folder);
        Holder older = Holder.start(folder, location, "older");
        try (Database shared = Database.open(location.shared())) {
            assertThat(shared.location().userPassword()).as("still the old, empty one").isEmpty();
            assertThat(older.ask("CHECK")).as("the older instance still logs in").isEqualTo("OK");
        } finally {
            older.quit();
        }
        try (Database alone = Database.open(location)) {
            assertThat(alone.location().userPassword()).isNotEmpty();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(location.jdbcUrl(), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    /** A second instance in a JVM of its own, holding the file until it is told to quit. */
    private record Holder(Process process, BufferedReader out) {

        static Holder start(Path folder, DatabaseLocation location, String mode) throws Exception {
            String path = location.file().toString().replace(".mv.db", "");
            Process process = ChildJvm.start(FileHolder.class, Files.createTempFile(folder, "holder", ".err"), path, mode);
            Holder holder = new Holder(process, new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            assertThat(holder.out.readLine()).isEqualTo("READY");
            return holder;
        }

        String ask(String line) throws Exception {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            return out.readLine();
        }

        void quit() throws Exception {
            process.getOutputStream().write("QUIT\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
