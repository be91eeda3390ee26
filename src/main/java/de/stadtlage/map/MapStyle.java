package de.stadtlage.map;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * Colours, fonts and the emphasised ring road of the base map. Chosen for projectors: stronger greens and a
 * darker street casing than screen maps use, because a beamer washes pale tones out to white. Canvas drawing
 * cannot look up CSS, so the palette lives here; nodes around the map use the stylesheet.
 */
public final class MapStyle {

    public static final String ATTRIBUTION =
            "© OpenStreetMap-Mitwirkende (ODbL) · © OpenMapTiles · Bezirke: Stadt Dortmund";

    private final Map<LandKind, Color> areaFill = new EnumMap<>(LandKind.class);
    private final Map<RoadClass, Color> roadFill = new EnumMap<>(RoadClass.class);

    public final Color background = Color.web("#efebe3");
    public final Color buildingFill = Color.web("#d9d0c4");
    public final Color buildingLine = Color.web("#bfb3a3");
    public final Color roadCasing = Color.web("#8c857b");
    public final Color railLine = Color.web("#5f5a63");
    public final Color tramLine = Color.web("#8d7fa6");
    public final Color waterLine = Color.web("#7fb2e0");
    public final Color ringFill = Color.web("#f08a24");
    public final Color ringCasing = Color.web("#8a3d06");
    public final Color districtLine = Color.web("#6a3d9a");
    public final Color districtText = Color.web("#4e2a78");
    public final Color labelText = Color.web("#262626");
    public final Color parkText = Color.web("#2f6b1f");
    public final Color waterText = Color.web("#1f5f9e");
    public final Color landmarkDot = Color.web("#b03a2e");
    public final Color halo = Color.web("#ffffff", 0.92);
    public final Color panelFill = Color.web("#ffffff", 0.88);
    public final Color panelLine = Color.web("#8c857b");

    public final Font streetFont = Font.font("System", FontWeight.NORMAL, 12);
    public final Font majorStreetFont = Font.font("System", FontWeight.BOLD, 13);
    public final Font districtFont = Font.font("System", FontWeight.BOLD, 16);
    /** Names of outlined areas (the focus areas): placed first, drawn above the markers. */
    public final Font areaFont = Font.font("System", FontWeight.BOLD, 15);
    public final Font placeFont = Font.font("System", FontWeight.BOLD, 15);
    public final Font landmarkFont = Font.font("System", FontWeight.BOLD, 13);
    public final Font parkFont = Font.font("System", FontWeight.BOLD, FontPosture.ITALIC, 13);
    public final Font smallFont = Font.font("System", FontWeight.NORMAL, 11);
    public final Font legendFont = Font.font("System", FontWeight.NORMAL, 13);
    public final Font legendTitleFont = Font.font("System", FontWeight.BOLD, 13);
    public final Font captionFont = Font.font("System", FontWeight.BOLD, 17);

    /** Street names drawn as the ring road; Dortmund's Wallring by default. */
    private final Set<String> ringStreets;

    public MapStyle() {
        this(Set.of("Königswall", "Burgwall", "Schwanenwall", "Ostwall", "Südwall", "Hiltropwall", "Hoher Wall"));
    }

    public MapStyle(Set<String> ringStreets) {
        this.ringStreets = Set.copyOf(ringStreets);
        areaFill.put(LandKind.RESIDENTIAL, Color.web("#e5dfd6"));
        areaFill.put(LandKind.COMMERCIAL, Color.web("#ecdcd8"));
        areaFill.put(LandKind.INDUSTRIAL, Color.web("#e1dbe6"));
        areaFill.put(LandKind.PUBLIC, Color.web("#efe4c9"));
        areaFill.put(LandKind.RAILWAY, Color.web("#dcd6d0"));
        areaFill.put(LandKind.GREEN, Color.web("#b6d99a"));
        areaFill.put(LandKind.WOOD, Color.web("#96c47c"));
        areaFill.put(LandKind.WATER, Color.web("#9dc6ea"));
        areaFill.put(LandKind.OTHER, Color.web("#e8e3da"));
        roadFill.put(RoadClass.MOTORWAY, Color.web("#e8846e"));
        roadFill.put(RoadClass.TRUNK, Color.web("#f09a62"));
        roadFill.put(RoadClass.PRIMARY, Color.web("#f7c46a"));
        roadFill.put(RoadClass.SECONDARY, Color.web("#fadf8a"));
        roadFill.put(RoadClass.TERTIARY, Color.web("#ffffff"));
        roadFill.put(RoadClass.MINOR, Color.web("#ffffff"));
        roadFill.put(RoadClass.SERVICE, Color.web("#fbfaf7"));
        roadFill.put(RoadClass.PATH, Color.web("#9b8f82"));
        roadFill.put(RoadClass.TRACK, Color.web("#a8875c"));
        roadFill.put(RoadClass.RAIL, railLine);
        roadFill.put(RoadClass.TRANSIT, tramLine);
    }

    public Color areaFill(LandKind kind) {
        return areaFill.get(kind);
    }

    public Color roadFill(RoadClass rc) {
        return roadFill.get(rc);
    }

    public boolean isRingStreet(String name) {
        return name != null && ringStreets.contains(name);
    }
}
