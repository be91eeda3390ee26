package de.stadtlage.map;

import java.util.Set;

/** What a land-use or land-cover polygon is, reduced to the few fills the base map distinguishes. */
public enum LandKind {
    RESIDENTIAL, COMMERCIAL, INDUSTRIAL, PUBLIC, RAILWAY, GREEN, WOOD, WATER, OTHER;

    private static final Set<String> GREEN_CLASSES =
            Set.of("grass", "park", "cemetery", "pitch", "playground", "garden", "allotments", "meadow",
                    "village_green", "recreation_ground", "grassland", "scrub");
    private static final Set<String> PUBLIC_CLASSES =
            Set.of("school", "hospital", "university", "college", "kindergarten", "library", "military");

    public static LandKind of(String layer, String cls, String subclass) {
        if ("water".equals(layer)) {
            return WATER;
        }
        if ("park".equals(layer) || in(GREEN_CLASSES, cls) || in(GREEN_CLASSES, subclass)) {
            return GREEN;
        }
        if ("wood".equals(cls) || "forest".equals(subclass)) {
            return WOOD;
        }
        if (cls == null) {
            return OTHER;
        }
        return switch (cls) {
            case "residential", "garages" -> RESIDENTIAL;
            case "commercial", "retail", "bus_station" -> COMMERCIAL;
            case "industrial" -> INDUSTRIAL;
            case "railway" -> RAILWAY;
            default -> PUBLIC_CLASSES.contains(cls) ? PUBLIC : OTHER;
        };
    }

    /** Set.of rejects null lookups; GeoJSON properties are often absent. */
    private static boolean in(Set<String> set, String value) {
        return value != null && set.contains(value);
    }
}
