package de.stadtlage.situation.hotspot;

import java.util.List;

/**
 * What a hotspot run produced: the surface (density or z-scores), for Gi* the class of every cell, and the
 * ranked list.
 *
 * @param classes per-cell Gi* classes, {@code null} for KDE
 */
public record HotspotResult(HotspotMethod method, DensityGrid grid, GiStarClass[] classes, List<Hotspot> hotspots) {

    public HotspotResult {
        hotspots = List.copyOf(hotspots);
    }
}
