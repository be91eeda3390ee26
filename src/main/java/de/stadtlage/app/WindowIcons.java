package de.stadtlage.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app icon in the sizes window managers ask for (the files come from assets/icons). */
final class WindowIcons {

    private WindowIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 128, 256}) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("/de/stadtlage/app/icons/stadtlage-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An icon is decoration: without it the window still opens.
            }
        }
        return icons;
    }
}
