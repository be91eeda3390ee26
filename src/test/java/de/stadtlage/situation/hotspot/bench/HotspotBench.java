package de.stadtlage.situation.hotspot.bench;

import de.stadtlage.situation.hotspot.GridExtent;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.IncidentPoints;
import de.stadtlage.situation.hotspot.Kernel;
import de.stadtlage.situation.hotspot.KdeEstimator;
import de.stadtlage.situation.hotspot.NaiveKde;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Random;

/**
 * Benchmark of the grid KDE against the naive per-incident-per-cell KDE on the same million incidents, in one JVM
 * run so the ratio is fair. A plain main (no JMH) because one naive run alone takes tens of seconds; the fast
 * path gets warm-up rounds and reports the median. See docs/benchmarks.md for how to run it.
 *
 * <p>Arguments: [incidents (default 1000000)] [naive incidents (default: same)].
 */
public final class HotspotBench {

    private HotspotBench() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out; // a command-line benchmark reports to stdout by design
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int naiveN = args.length > 1 ? Integer.parseInt(args[1]) : n;
        IncidentPoints points = generate(n, 42);
        GridExtent area = HotspotEngine.dortmundCenter();
        HotspotSettings settings = HotspotSettings.defaults();
        GridExtent cells = area.withCellSize(settings.kdeCellMetres());
        out.printf("incidents: %,d  grid: %s  bandwidth: %.0f m%n", n, cells, settings.bandwidthMetres());

        KdeEstimator kde = new KdeEstimator();
        double fastQuartic = medianMillis(() -> kde.estimate(points, cells, Kernel.QUARTIC, 150), 10, 21);
        double fastGauss = medianMillis(() -> kde.estimate(points, cells, Kernel.GAUSSIAN, 150), 5, 11);
        HotspotEngine engine = new HotspotEngine(de.stadtlage.situation.hotspot.PlaceLookup.NONE);
        double fullRun = medianMillis(() -> engine.analyse(points, area, settings), 3, 11);
        out.printf("grid KDE quartic (median of 21): %.1f ms%n", fastQuartic);
        out.printf("grid KDE gaussian (median of 11): %.1f ms%n", fastGauss);
        out.printf("full analyse incl. top-10 ranking and counts (median of 11): %.1f ms%n", fullRun);

        IncidentPoints naiveInput = naiveN == n ? points : generate(naiveN, 42);
        long t0 = System.nanoTime();
        NaiveKde.estimate(naiveInput, cells, Kernel.QUARTIC, 150);
        double naiveMs = (System.nanoTime() - t0) / 1e6 * ((double) n / naiveN);
        out.printf("naive KDE quartic (one run%s): %.1f ms%n",
                naiveN == n ? "" : ", " + naiveN + " incidents scaled linearly to " + n, naiveMs);
        out.printf("speed-up grid vs naive: %.0fx%n", naiveMs / fastQuartic);
    }

    /** Half the incidents in a few dense clusters, the rest spread over the box, as in a real week. */
    static IncidentPoints generate(int n, long seed) {
        Random random = new Random(seed);
        double[] b = HotspotEngine.DORTMUND_CENTER_BOX;
        double[][] centres = {{51.51789, 7.45928}, {51.52587, 7.46564}, {51.51607, 7.46599}, {51.52160, 7.46025}};
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                double[] c = centres[(i / 2) % centres.length];
                lat[i] = c[0] + random.nextGaussian() * 0.0008;
                lon[i] = c[1] + random.nextGaussian() * 0.0012;
            } else {
                lat[i] = b[0] + random.nextDouble() * (b[2] - b[0]);
                lon[i] = b[1] + random.nextDouble() * (b[3] - b[1]);
            }
        }
        return new IncidentPoints(lat, lon, null, n);
    }

    static double medianMillis(Runnable task, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
