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
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
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
    /** Keys put since loading: save() writes only these, so two instances (window, map settings) keep each other's. */
    private final Set<String> changed = new HashSet<>();

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

    /** The same file read afresh: another window (the map settings) may have saved it meanwhile. */
    public Settings reloaded() {
        return load(file);
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
        changed.add(key);
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void save() {
        Properties merged = load(file).values;
        for (String key : changed) {
            String value = values.getProperty(key);
            if (value == null) {
                merged.remove(key);
            } else {
                merged.setProperty(key, value);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                merged.store(writer, "Stadtlage");
            }
        } catch (IOException e) {
            LOG.warn("Einstellungen {} konnten nicht gespeichert werden", file, e);
        }
    }

    /** Names the file and the keys only: values may hold secrets such as the Google Maps API key. */
    @Override
    public String toString() {
        return "Settings[" + file + ", keys=" + values.stringPropertyNames() + "]";
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
