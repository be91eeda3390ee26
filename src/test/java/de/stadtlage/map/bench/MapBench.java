package de.stadtlage.map.bench;

import de.stadtlage.map.DensityLayer;
import de.stadtlage.map.IncidentLayer;
import de.stadtlage.map.LocalProjection;
import de.stadtlage.map.MapData;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.map.MapView;
import de.stadtlage.situation.hotspot.HotspotEngine;
import de.stadtlage.situation.hotspot.HotspotSettings;
import de.stadtlage.situation.hotspot.IncidentPoints;
import de.stadtlage.situation.hotspot.PlaceLookup;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Map benchmark: frame time of a pan with 100,000 incidents (small pans only move cached canvases, large ones
 * redraw everything) and the heap with 1,000,000 incidents loaded. Run headless with Monocle, see
 * docs/benchmarks.md. A plain main because a frame needs the FX toolkit, which JMH forks do not set up.
 */
public final class MapBench {

    private static final PrintStream OUT = System.out; // a benchmark reports to the console by design

    private MapBench() {
    }

    public static void main(String[] args) throws Exception {
        MapData data = MapPackageLoader.fromClasspath().load().orElseThrow();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        MapView map = onFx(() -> show(data));
        IncidentLayer incidents = new IncidentLayer();
        Sample s100k = sample(100_000, 7);
        onFx(() -> {
            s100k.into(incidents, data.projection());
            DensityLayer density = new DensityLayer();
            density.setGrid(new HotspotEngine(PlaceLookup.NONE).density(s100k.points(),
                    HotspotEngine.dortmundCenter(), HotspotSettings.defaults()));
            map.getLayers().addAll(density, incidents);
            map.zoomIn();
            return null;
        });
        OUT.println("100,000 incidents, window 1280 x 800, zoomed in one step from Home (aggregated incidents)");
        frames(map, "pan 40 px (canvases moved, decorations redrawn)", 40, 60);
        frames(map, "pan 400 px (beyond the margin: base map and layers redrawn)", 400, 30);
        onFx(() -> {
            map.zoomIn();
            map.zoomIn();
            return null;
        });
        OUT.println("zoomed in two more steps (single incident dots)");
        frames(map, "pan 40 px", 40, 60);
        frames(map, "pan 400 px (full redraw)", 400, 30);
        heap(data, incidents);
        Platform.exit();
    }

    private static MapView show(MapData data) {
        MapView map = new MapView();
        map.setMapData(data);
        Stage stage = new Stage();
        stage.setScene(new Scene(map, 1280, 800, Color.WHITE));
        stage.show();
        return map;
    }

    /**
     * Pans alternately left and right; a snapshot after each pan forces the render. Reports wall time and the CPU
     * time of the FX and render threads: on a shared, overloaded machine the CPU time is the stable number. The
     * unchanged scene (snapshot without a pan) is the fixed cost of the snapshot's read-back, not of the pan.
     */
    private static void frames(MapView map, String label, double px, int runs) throws Exception {
        double[][] base = time(map, 0, 15);
        double[][] pan = time(map, px, runs);
        OUT.printf("%-58s wall median %6.1f ms (unchanged scene %5.1f) | CPU median %6.1f ms (unchanged %5.1f), "
                + "FX thread only %5.2f ms%n", label, median(pan[0]), median(base[0]), median(pan[1]),
                median(base[1]), median(pan[2]));
    }

    /** Per run: wall ms, CPU ms of FX + render thread, CPU ms of the FX thread for pan + layout alone. */
    private static double[][] time(MapView map, double px, int runs) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderId = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElseThrow().getId();
        double[][] out = new double[3][runs];
        for (int i = 0; i < runs + 5; i++) {
            double dx = i % 2 == 0 ? px : -px;
            int run = i - 5;
            double[] r = onFx(() -> {
                long render0 = threads.getThreadCpuTime(renderId);
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                map.panBy(dx, 0);
                map.getScene().getRoot().layout();
                long cpuLayout = threads.getCurrentThreadCpuTime() - cpu0;
                map.getScene().snapshot(null);
                long wall = System.nanoTime() - t0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0 + threads.getThreadCpuTime(renderId) - render0;
                return new double[] {wall / 1e6, cpu / 1e6, cpuLayout / 1e6};
            });
            if (run >= 0) {
                out[0][run] = r[0];
                out[1][run] = r[1];
                out[2][run] = r[2];
            }
        }
        return out;
    }

    private static void heap(MapData data, IncidentLayer layer) throws Exception {
        long before = usedAfterGc();
        Sample million = sample(1_000_000, 9);
        IncidentPoints points = million.points();
        onFx(() -> {
            million.into(layer, data.projection());
            return null;
        });
        long after = usedAfterGc();
        OUT.printf("heap used with map package + 100,000 incidents: %d MB%n", before / (1 << 20));
        OUT.printf("heap used with 1,000,000 incidents (layer + engine arrays + source arrays): %d MB (+%d MB)%n",
                after / (1 << 20), (after - before) / (1 << 20));
        OUT.printf("(kept alive: %d points, %d layer entries)%n", points.size(), layer.size());
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private record Sample(double[] lat, double[] lon, int[] cat, long[] id) {
        IncidentPoints points() {
            return IncidentPoints.of(lat, lon);
        }

        void into(IncidentLayer layer, LocalProjection p) {
            List<Color> colors = List.of(Color.PURPLE, Color.CRIMSON, Color.ORANGE, Color.SADDLEBROWN);
            layer.setIncidents(lat, lon, cat, id, lat.length,
                    new IncidentLayer.Palette(colors, List.of("A", "B", "C", "D")), p);
        }
    }

    private static Sample sample(int n, long seed) {
        Random r = new Random(seed);
        double[][] centres = {{51.51789, 7.45928}, {51.52587, 7.46564}, {51.51607, 7.46599}, {51.52160, 7.46025}};
        double[] lat = new double[n];
        double[] lon = new double[n];
        int[] cat = new int[n];
        long[] id = new long[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                double[] c = centres[(i / 2) % centres.length];
                lat[i] = c[0] + r.nextGaussian() * 0.0008;
                lon[i] = c[1] + r.nextGaussian() * 0.0012;
            } else {
                lat[i] = 51.497 + r.nextDouble() * 0.036;
                lon[i] = 7.435 + r.nextDouble() * 0.070;
            }
            cat[i] = r.nextInt(4);
            id[i] = i;
        }
        return new Sample(lat, lon, cat, id);
    }
}
