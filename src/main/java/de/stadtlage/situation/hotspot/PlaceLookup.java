package de.stadtlage.situation.hotspot;

/** Names a place for a hotspot list: the nearest street and the district. Empty strings when unknown. */
public interface PlaceLookup {

    PlaceLookup NONE = new PlaceLookup() {
        @Override
        public String nearestStreet(double lat, double lon) {
            return "";
        }

        @Override
        public String district(double lat, double lon) {
            return "";
        }
    };

    String nearestStreet(double lat, double lon);

    String district(double lat, double lon);
}
