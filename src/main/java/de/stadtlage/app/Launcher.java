package de.stadtlage.app;

import de.stadtlage.cli.Cli;
import de.stadtlage.persistence.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of the jar. It does not extend {@code Application}, so that {@code java -jar} works with JavaFX
 * on the class path; without a subcommand the GUI starts, otherwise the command runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        prepareLogFolder();
        System.exit(Cli.executeOnConsole(args));
    }

    /** Logback reads {@code stadtlage.logdir} when the first logger is created: set it before that. */
    private static void prepareLogFolder() {
        Path folder = DataFolder.resolve();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            folder = Path.of(System.getProperty("java.io.tmpdir"));
        }
        System.setProperty("stadtlage.logdir", folder.toString());
    }
}
