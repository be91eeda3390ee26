package de.stadtlage.situation.hotspot;

import java.util.List;

/**
 * {@link PlaceLookup} over plain street lines and district rings. A linear scan is enough: it runs for the
 * handful of hotspots in a list, not per incident.
 */
public final class PlaceIndex implements PlaceLookup {

    /** Streets farther away than this are not "the street" of a hotspot any more. */
    static final double MAX_STREET_DISTANCE_M = 300;

    private final List<NamedShape> streets;
    private final List<NamedShape> districts;

    public PlaceIndex(List<NamedShape> streets, List<NamedShape> districts) {
        this.streets = List.copyOf(streets);
        this.districts = List.copyOf(districts);
    }

    @Override
    public String nearestStreet(double lat, double lon) {
        String best = "";
        double bestDistance = MAX_STREET_DISTANCE_M;
        for (NamedShape street : streets) {
            double d = street.distanceMetres(lat, lon);
            if (d < bestDistance) {
                bestDistance = d;
                best = street.name();
            }
        }
        return best;
    }

    @Override
    public String district(double lat, double lon) {
        for (NamedShape district : districts) {
            if (district.contains(lat, lon)) {
                return district.name();
            }
        }
        return "";
    }

    public List<NamedShape> districts() {
        return districts;
    }
}
