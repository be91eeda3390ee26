package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an incident was. The German name is the one used in imports, exports and the command line; the colour is
 * the map's (chosen to stay apart on a projector).
 */
public enum IncidentCategory {
    DROGENKONSUM("Drogenkonsum", "#8E24AA"),
    DROGENHANDEL("Drogenhandel", "#D81B60"),
    AGGRESSIVES_BETTELN("Aggressives Betteln", "#FB8C00"),
    CAMPIEREN("Campieren", "#6D4C41"),
    BELAESTIGUNG("Belästigung", "#FDD835"),
    GEWALT("Gewalt", "#E53935"),
    MESSER("Messer", "#B71C1C"),
    DIEBSTAHL("Diebstahl", "#1E88E5"),
    SACHBESCHAEDIGUNG("Sachbeschädigung", "#00897B"),
    PLATZVERWEIS("Platzverweis", "#3949AB"),
    SONSTIGES("Sonstiges", "#757575");

    private final String germanName;
    private final String color;

    IncidentCategory(String germanName, String color) {
        this.germanName = germanName;
        this.color = color;
    }

    public String germanName() {
        return germanName;
    }

    /** Hex colour "#RRGGBB" for map points and legends. */
    public String color() {
        return color;
    }

    public String label() {
        return Messages.get("category." + name().toLowerCase(Locale.ROOT));
    }

    /** Finds a category by its German name, ignoring case ("drogenkonsum" → DROGENKONSUM). */
    public static Optional<IncidentCategory> fromGermanName(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values()).filter(c -> c.germanName.toLowerCase(Locale.GERMAN).equals(wanted)).findFirst();
    }
}
