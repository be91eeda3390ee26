package de.stadtlage.map;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.text.Font;

/** One label atlas per loaded map package and style, built on first use (on the FX thread, about 0.1 s). */
final class LabelAtlases {

    private static final Map<MapData, Map<MapStyle, LabelAtlas>> CACHE = new WeakHashMap<>();

    private LabelAtlases() {
    }

    static synchronized LabelAtlas forData(MapData data, MapStyle style) {
        return CACHE.computeIfAbsent(data, d -> new WeakHashMap<>()).computeIfAbsent(style, s -> build(data, s));
    }

    private static LabelAtlas build(MapData data, MapStyle style) {
        GeometrySet streets = data.streets();
        List<Map.Entry<Font, String>> labels = new ArrayList<>();
        for (int f = 0; f < streets.featureCount(); f++) {
            RoadClass rc = RoadClass.values()[streets.featureClass(f)];
            if (!rc.isRail() && streets.name(f) != null) {
                labels.add(new AbstractMap.SimpleEntry<>(StreetNamePlacer.fontFor(rc, style), streets.name(f)));
            }
        }
        return LabelAtlas.build(labels, style.halo, style.labelText);
    }
}
