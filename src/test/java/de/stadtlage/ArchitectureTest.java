package de.stadtlage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of style.md, checked on the source: views know no jOOQ, repositories and services no JavaFX nodes. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/de/stadtlage");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void viewsAndViewModelsDoNotUseJooq() throws IOException {
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            if (name.contains("View") || name.endsWith("Page.java")) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import org.jooq");
            }
        }
    }

    @Test
    void repositoriesAndServicesDoNotUseJavaFxNodes() throws IOException {
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            if (name.endsWith("Repository.java") || name.endsWith("Service.java") && !name.equals("DialogService.java")
                    && !name.equals("FxDialogService.java")) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import javafx.scene");
            }
        }
    }

    @Test
    void noInlineStylesNoRawThreadsNoConsoleOutputOutsideTheCommandLine() throws IOException {
        for (Path file : sources()) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain(".setStyle(").doesNotContain("new Thread(");
            if (!file.toString().contains("/cli/")) {
                assertThat(text).as(file.toString()).doesNotContain("System.out.print").doesNotContain("System.err.print");
            }
        }
    }
}
