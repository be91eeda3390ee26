package de.stadtlage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** Renders a node to target/screenshots/NAME.png, so a person can look at a screen after the tests. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Must run on the FX thread. */
    public static Path save(Node node, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
