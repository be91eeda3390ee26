package de.stadtlage.app;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.persistence.DataFolder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own settings (window, current person until login exists), a properties file in the data folder.
 * Never stored in the database: they belong to this user on this machine.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final String FILE = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load() {
        return load(DataFolder.resolve().resolve(FILE));
    }

    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException e) {
                LOG.warn("Einstellungen {} nicht lesbar, Standardwerte werden verwendet", file, e);
            }
        }
        return settings;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(writer, "Stadtlage");
            }
        } catch (IOException e) {
            LOG.warn("Einstellungen {} konnten nicht gespeichert werden", file, e);
        }
    }

    /** The person working, until login exists: name, role and (for leads) subgroup id from the settings. */
    public CurrentUser currentUser() {
        Role role;
        try {
            role = Role.valueOf(get("user.role").orElse(Role.ADMIN.name()));
        } catch (IllegalArgumentException e) {
            role = Role.LESEND;
        }
        Integer subgroup = get("user.subgroup").map(Integer::valueOf).orElse(null);
        return new CurrentUser(get("user.name").orElse("Administrator"), role, subgroup);
    }
}
