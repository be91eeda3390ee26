package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who reported an incident. */
public enum IncidentSource {
    POLIZEI("Polizei"),
    KOD("KOD"),
    STREETWORK("Streetwork"),
    BUERGERHINWEIS("Bürgerhinweis");

    private final String germanName;

    IncidentSource(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    public String label() {
        return Messages.get("source." + name().toLowerCase(Locale.ROOT));
    }

    public static Optional<IncidentSource> fromGermanName(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values()).filter(s -> s.germanName.toLowerCase(Locale.GERMAN).equals(wanted)).findFirst();
    }
}
