package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackupFolderTest {

    private static DatabaseLocation server(String url) {
        return new DatabaseLocation(url, "lage", "geheim", url);
    }

    @Test
    void serverBackupsAreNamedAfterHostPortAndDatabase() {
        assertThat(BackupFolder.serverAndDatabase("jdbc:postgresql://db.stadt.example:5432/lage?currentSchema=a"))
                .isEqualTo("db.stadt.example-5432_lage");
        assertThat(BackupFolder.serverAndDatabase("jdbc:postgresql://localhost/lage")).isEqualTo("localhost_lage");
        assertThat(BackupFolder.serverAndDatabase("jdbc:postgresql:lage")).isEqualTo("localhost_lage");
        assertThat(BackupFolder.prefix(server("jdbc:postgresql://db.stadt.example:5432/lage")))
                .matches("db_stadt_example-5432_lage_[0-9a-f]{8}_");
    }

    @Test
    void schemasOfOneDatabaseKeepTheirOwnBackupsButCredentialsInTheUrlDoNotMatter() {
        String url = "jdbc:postgresql://localhost:5432/lage";
        assertThat(BackupFolder.prefix(server(url + "?currentSchema=a")))
                .isNotEqualTo(BackupFolder.prefix(server(url + "?currentSchema=b")));
        assertThat(BackupFolder.prefix(server(url + "?currentSchema=a&password=alt")))
                .isEqualTo(BackupFolder.prefix(server(url + "?currentSchema=a&password=neu")));
    }
}
