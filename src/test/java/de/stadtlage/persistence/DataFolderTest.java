package de.stadtlage.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(null, "Linux", "/home/anna", Map.of("XDG_DATA_HOME", "/srv/xdg")))
                .isEqualTo(Path.of("/srv/xdg/stadtlage"));
        assertThat(DataFolder.resolve(null, "Linux", "/home/anna", Map.of()))
                .isEqualTo(Path.of("/home/anna/.local/share/stadtlage"));
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertThat(DataFolder.resolve(null, "Windows 11", "C:/Users/anna", Map.of("APPDATA", "C:/Users/anna/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/anna/AppData/Roaming", "Stadtlage"));
        assertThat(DataFolder.resolve(null, "Mac OS X", "/Users/anna", Map.of()))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/Stadtlage"));
    }

    @Test
    void overrideWins() {
        assertThat(DataFolder.resolve("/tmp/x", "Linux", "/home/anna", Map.of())).isEqualTo(Path.of("/tmp/x"));
    }
}
