package de.stadtlage.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.common.UserMessage;
import org.junit.jupiter.api.Test;

class GuiStartFailureTest {

    @Test
    void missingGtkSaysInGermanWhatToInstall() {
        // what JavaFX 21's launcher throws on Linux without libgtk-3 (wrapped as the launcher wraps it)
        RuntimeException javafx = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));

        RuntimeException explained = GuiStartFailure.explain(javafx);

        assertThat(explained).isInstanceOf(UserMessage.class);
        assertThat(explained.getMessage()).contains("GTK 3", "sudo apt-get install libgtk-3-0", "stadtlage --help")
                .doesNotContain("Unable");
    }

    @Test
    void noDisplaySaysHowToStartIt() {
        RuntimeException explained = GuiStartFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(explained).isInstanceOf(UserMessage.class);
        assertThat(explained.getMessage()).contains("kein Bildschirm", "ssh -X");
    }

    @Test
    void otherFailuresStayWhatTheyAre() {
        IllegalStateException other = new IllegalStateException("Toolkit already initialized");

        assertThat(GuiStartFailure.explain(other)).isSameAs(other);
    }
}
