package de.stadtlage.situation.hotspot;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the hotspot computation: density or Gi* surface, ranked hotspots with street and district,
 * and the change surface between two periods. Pure Java and stateless, so it runs on any worker thread.
 */
public final class HotspotEngine {

    /** Street-data box of the shipped Dortmund map package (7.435–7.505 E, 51.497–51.533 N). */
    public static final double[] DORTMUND_CENTER_BOX = {51.497, 7.435, 51.533, 7.505};

    private final KdeEstimator kde = new KdeEstimator();
    private final GiStarAnalysis giStar = new GiStarAnalysis();
    private final PlaceLookup places;

    public HotspotEngine(PlaceLookup places) {
        this.places = places;
    }

    /** A grid over the Dortmund map box; the engine sets the cell size per method. */
    public static GridExtent dortmundCenter() {
        double[] b = DORTMUND_CENTER_BOX;
        return GridExtent.covering(b[0], b[1], b[2], b[3], 25);
    }

    public HotspotResult analyse(IncidentPoints points, GridExtent area, HotspotSettings settings) {
        return switch (settings.method()) {
            case KDE -> analyseDensity(points, area, settings);
            case GI_STAR -> analyseGiStar(points, area, settings);
        };
    }

    /** Density surface alone (for map layers that need no ranking). */
    public DensityGrid density(IncidentPoints points, GridExtent area, HotspotSettings settings) {
        return kde.estimate(points, area.withCellSize(settings.kdeCellMetres()), settings.kernel(),
                settings.bandwidthMetres());
    }

    /** Density of the current window minus that of the previous one: positive where incidents rose. */
    public DensityGrid change(IncidentPoints current, IncidentPoints previous, GridExtent area,
                              HotspotSettings settings) {
        return density(current, area, settings).minus(density(previous, area, settings));
    }

    private HotspotResult analyseDensity(IncidentPoints points, GridExtent area, HotspotSettings settings) {
        DensityGrid grid = density(points, area, settings);
        // relative floor: rounding noise far from any incident must not count as a peak
        int[] peaks = PeakFinder.peaks(grid, grid.max() * 1e-9, settings.bandwidthMetres(), settings.topN());
        List<Hotspot> list = describe(peaks, grid, points, settings.bandwidthMetres());
        return new HotspotResult(HotspotMethod.KDE, grid, null, list);
    }

    private HotspotResult analyseGiStar(IncidentPoints points, GridExtent area, HotspotSettings settings) {
        DensityGrid z = giStar.zScores(points, area.withCellSize(settings.giCellMetres()), settings.giBandMetres());
        int[] peaks = PeakFinder.peaks(z, GiStarClass.Z_90 - 1e-12, settings.giBandMetres(), settings.topN());
        List<Hotspot> list = describe(peaks, z, points, settings.giBandMetres());
        return new HotspotResult(HotspotMethod.GI_STAR, z, GiStarAnalysis.classify(z), list);
    }

    private List<Hotspot> describe(int[] cells, DensityGrid grid, IncidentPoints points, double radiusM) {
        GridExtent e = grid.extent();
        List<Hotspot> list = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i];
            double lat = e.centerLat(cell / e.cols());
            double lon = e.centerLon(cell % e.cols());
            list.add(new Hotspot(i + 1, lat, lon, grid.values()[cell], points.countWithin(lat, lon, radiusM),
                    places.nearestStreet(lat, lon), places.district(lat, lon)));
        }
        return list;
    }
}
