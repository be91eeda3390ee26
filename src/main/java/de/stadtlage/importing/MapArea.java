package de.stadtlage.importing;

/** The area the map package covers (see its README): incidents outside it cannot be shown. */
public final class MapArea {

    public static final double MIN_LATITUDE = 51.497;
    public static final double MAX_LATITUDE = 51.533;
    public static final double MIN_LONGITUDE = 7.435;
    public static final double MAX_LONGITUDE = 7.505;
    /** The area in words, for messages. */
    public static final String DESCRIPTION = "Breite 51,497–51,533, Länge 7,435–7,505";

    private MapArea() {
    }

    public static boolean contains(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }
}
