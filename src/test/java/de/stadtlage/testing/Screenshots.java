package de.stadtlage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes a scene to target/screenshots/NAME.png, so a person can look at what a UI test saw. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(FxRobot robot, Scene scene, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        robot.interact(() -> {
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }
}
