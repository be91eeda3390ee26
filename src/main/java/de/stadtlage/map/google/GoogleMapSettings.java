package de.stadtlage.map.google;

import de.stadtlage.app.Settings;

/**
 * The base-map choice, the Google Maps API key and whether the user has agreed that map tiles and the viewed area
 * go to Google. Kept only in the user's settings file; {@link #toString()} never shows the key.
 */
public record GoogleMapSettings(BaseMap baseMap, String apiKey, boolean consented) {

    static final String BASE_MAP = "map.base";
    static final String API_KEY = "map.google.apiKey";
    static final String CONSENT = "map.google.consent";

    public static final GoogleMapSettings DEFAULT = new GoogleMapSettings(BaseMap.OFFLINE, "", false);

    public GoogleMapSettings {
        baseMap = baseMap == null ? BaseMap.OFFLINE : baseMap;
        apiKey = apiKey == null ? "" : apiKey.strip();
    }

    public static GoogleMapSettings from(Settings settings) {
        BaseMap base;
        try {
            base = BaseMap.valueOf(settings.get(BASE_MAP).orElse(BaseMap.OFFLINE.name()));
        } catch (IllegalArgumentException e) {
            base = BaseMap.OFFLINE;
        }
        return new GoogleMapSettings(base, settings.get(API_KEY).orElse(""),
                Boolean.parseBoolean(settings.get(CONSENT).orElse("false")));
    }

    /** Puts the values into the settings; the caller saves. */
    public void writeTo(Settings settings) {
        settings.put(BASE_MAP, baseMap.name());
        settings.put(API_KEY, apiKey.isEmpty() ? null : apiKey);
        settings.put(CONSENT, String.valueOf(consented));
    }

    public boolean hasKey() {
        return !apiKey.isEmpty();
    }

    /** Google is wanted, agreed to and possible to ask for. */
    public boolean googleWanted() {
        return baseMap == BaseMap.GOOGLE && consented;
    }

    @Override
    public String toString() {
        return "GoogleMapSettings[baseMap=" + baseMap + ", apiKey=" + (hasKey() ? "***" : "") + ", consented="
                + consented + "]";
    }
}
