package de.stadtlage.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Stadtlage keeps its database, settings and log file on this machine. */
public final class DataFolder {

    /** System property that overrides the folder (tests use it to stay away from the real one). */
    public static final String OVERRIDE_PROPERTY = "stadtlage.datadir";

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty(OVERRIDE_PROPERTY),
                System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Stadtlage") : Path.of(userHome, "AppData", "Roaming", "Stadtlage");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Stadtlage");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "stadtlage");
        }
        return Path.of(userHome, ".local", "share", "stadtlage");
    }
}
