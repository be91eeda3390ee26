package de.stadtlage.situation.hotspot;

import java.util.Locale;

/** How hotspots are found. */
public enum HotspotMethod {
    /** Kernel density estimation: peaks of a smooth surface. */
    KDE("kde"),
    /** Getis-Ord Gi*: cells significantly above the map's mean, with their neighbours. */
    GI_STAR("gistar");

    private final String code;

    HotspotMethod(String code) {
        this.code = code;
    }

    /** Short name used on the command line. */
    public String code() {
        return code;
    }

    public static HotspotMethod ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (HotspotMethod m : values()) {
            if (m.code.equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown hotspot method: " + code);
    }
}
