package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteKeyTest {

    @TempDir
    Path folder;

    @Test
    void aKeyIsCreatedOnceBesideTheH2FileOwnerOnlyAndReadBackTheSame() throws Exception {
        DatabaseLocation location = DatabaseLocation.h2File(folder.resolve("stadtlage"));
        SiteKey first = SiteKey.of(location);
        SiteKey again = SiteKey.of(location);

        assertThat(first.file()).isEqualTo(folder.resolve("stadtlage.key"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(again.hmacHex("backup", new byte[] {1, 2, 3})).isEqualTo(first.hmacHex("backup", new byte[] {1, 2, 3}));
        assertThat(first.hmacHex("audit", new byte[] {1, 2, 3})).isNotEqualTo(first.hmacHex("backup", new byte[] {1, 2, 3}));
    }

    @Test
    void anotherDatabaseGetsAnotherKey() {
        SiteKey one = SiteKey.of(DatabaseLocation.h2File(folder.resolve("one")));
        SiteKey two = SiteKey.of(DatabaseLocation.h2File(folder.resolve("two")));

        assertThat(one.hmacHex("backup", new byte[] {7})).isNotEqualTo(two.hmacHex("backup", new byte[] {7}));
    }
}
