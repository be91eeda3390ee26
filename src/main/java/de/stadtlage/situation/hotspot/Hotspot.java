package de.stadtlage.situation.hotspot;

/**
 * One entry of a ranked hotspot list.
 *
 * @param rank      1 for the strongest
 * @param score     density (incidents per km²) for KDE, z-score for Gi*
 * @param incidents incidents within the bandwidth (KDE) or distance band (Gi*) of the peak
 */
public record Hotspot(int rank, double lat, double lon, double score, int incidents, String street,
                      String district) {

    /**
     * The hotspots in the order of the incident counts a list shows next to them, numbered anew: the engine ranks
     * by peak score, and a list "4. … 44 Vorfälle, 5. … 61 Vorfälle" would contradict itself. Ties keep their order.
     */
    public static java.util.List<Hotspot> rankedByIncidents(java.util.List<Hotspot> hotspots) {
        java.util.List<Hotspot> sorted = new java.util.ArrayList<>(hotspots);
        sorted.sort(java.util.Comparator.comparingInt(Hotspot::incidents).reversed());
        java.util.List<Hotspot> ranked = new java.util.ArrayList<>(sorted.size());
        for (Hotspot h : sorted) {
            ranked.add(new Hotspot(ranked.size() + 1, h.lat(), h.lon(), h.score(), h.incidents(), h.street(),
                    h.district()));
        }
        return ranked;
    }
}
