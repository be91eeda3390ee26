package de.stadtlage.testing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes what a UI test saw to target/screenshots/NAME.png, so a person can look at it after the tests. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Renders a node; must run on the FX thread. */
    public static Path save(Node node, String name) {
        return write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), name);
    }

    /** Renders a whole scene, switching to the FX thread through the robot. */
    public static Path save(FxRobot robot, Scene scene, String name) {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        return write(image[0], name);
    }

    /** Renders a window with another window (a dialog) over it where it sits on the screen. */
    public static Path save(FxRobot robot, Window main, Window over, String name) {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> {
            BufferedImage below = SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null);
            BufferedImage above = SwingFXUtils.fromFXImage(over.getScene().snapshot(null), null);
            int x = (int) Math.round(over.getX() + over.getScene().getX() - main.getX() - main.getScene().getX());
            int y = (int) Math.round(over.getY() + over.getScene().getY() - main.getY() - main.getScene().getY());
            Graphics2D g = below.createGraphics();
            g.drawImage(above, x, y, null);
            g.setColor(java.awt.Color.GRAY);
            g.drawRect(x - 1, y - 1, above.getWidth() + 1, above.getHeight() + 1);
            g.dispose();
            image[0] = below;
        });
        return write(image[0], name);
    }

    private static Path write(BufferedImage image, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
