package de.stadtlage.map;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/** Loads the map package on a background thread; the result arrives on the FX thread via {@code onSucceeded}. */
public final class MapDataService extends Service<Optional<MapData>> {

    private final MapPackageLoader loader;

    public MapDataService(MapPackageLoader loader) {
        this.loader = loader;
        setExecutor(daemonExecutor("stadtlage-map-loader"));
    }

    /** Single daemon thread: a hung read must never keep the application from exiting. */
    public static ExecutorService daemonExecutor(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName(name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected Task<Optional<MapData>> createTask() {
        return new Task<>() {
            @Override
            protected Optional<MapData> call() throws Exception {
                return loader.load();
            }
        };
    }

    /** Starts loading into a view and shows the outcome in the view's placeholder while there is no map. */
    public static MapDataService loadInto(MapView view, MapPackageLoader loader) {
        MapDataService service = new MapDataService(loader);
        view.setPlaceholderText("Karte wird geladen …");
        service.setOnSucceeded(e -> {
            Optional<MapData> data = service.getValue();
            view.setPlaceholderText("Kein Kartenpaket installiert. Die Karte bleibt leer; Vorfälle werden trotzdem "
                    + "angezeigt.");
            view.setMapData(data.orElse(null));
        });
        service.setOnFailed(e -> view.setPlaceholderText(
                "Das Kartenpaket konnte nicht gelesen werden. Bitte die Installation prüfen."));
        service.start();
        return service;
    }
}
