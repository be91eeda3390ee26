package de.stadtlage.situation.hotspot;

/**
 * Parameters of one hotspot run.
 *
 * @param kdeCellMetres   cell size of the density surface; a sixth of the default bandwidth keeps peaks sharp
 * @param giCellMetres    cell size for Gi* (default 100 m)
 * @param giBandMetres    fixed distance band for Gi* (default 150 m: the 8 neighbours of a 100 m cell)
 */
public record HotspotSettings(HotspotMethod method, Kernel kernel, double bandwidthMetres, double kdeCellMetres,
                              double giCellMetres, double giBandMetres, int topN) {

    public static final double DEFAULT_BANDWIDTH_M = 150;

    public HotspotSettings {
        if (!(bandwidthMetres > 0) || !(kdeCellMetres > 0) || !(giCellMetres > 0) || !(giBandMetres > 0)) {
            throw new IllegalArgumentException("distances must be positive");
        }
        if (topN < 0) {
            throw new IllegalArgumentException("topN must not be negative");
        }
    }

    public static HotspotSettings defaults() {
        return new HotspotSettings(HotspotMethod.KDE, Kernel.QUARTIC, DEFAULT_BANDWIDTH_M, 25, 100, 150, 10);
    }

    public HotspotSettings withMethod(HotspotMethod m) {
        return new HotspotSettings(m, kernel, bandwidthMetres, kdeCellMetres, giCellMetres, giBandMetres, topN);
    }

    public HotspotSettings withKernel(Kernel k) {
        return new HotspotSettings(method, k, bandwidthMetres, kdeCellMetres, giCellMetres, giBandMetres, topN);
    }

    public HotspotSettings withBandwidth(double metres) {
        return new HotspotSettings(method, kernel, metres, kdeCellMetres, giCellMetres, giBandMetres, topN);
    }

    public HotspotSettings withTopN(int n) {
        return new HotspotSettings(method, kernel, bandwidthMetres, kdeCellMetres, giCellMetres, giBandMetres, n);
    }
}
