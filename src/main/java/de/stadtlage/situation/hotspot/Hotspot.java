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
}
