package de.stadtlage.map.google;

import com.lynden.gmapsfx.GoogleMapView;
import com.lynden.gmapsfx.javascript.object.GoogleMap;
import com.lynden.gmapsfx.javascript.object.LatLong;
import com.lynden.gmapsfx.javascript.object.LatLongBounds;
import com.lynden.gmapsfx.javascript.object.MapOptions;
import com.lynden.gmapsfx.javascript.object.MapTypeIdEnum;
import com.lynden.gmapsfx.javascript.object.Marker;
import com.lynden.gmapsfx.javascript.object.MarkerOptions;
import com.lynden.gmapsfx.shapes.Rectangle;
import com.lynden.gmapsfx.shapes.RectangleOptions;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.hotspot.Hotspot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.util.Duration;
import netscape.javascript.JSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Google Maps base map (GMapsFX) centred on City + Nordstadt with the incident markers, the top hotspots and
 * the hotspot layer of the chosen mode (density, Gi* or change, see {@link HotspotOverlay}) as rectangles.
 * When the Google script does not load (no network, no or wrong key, a script error, no answer in time) it reports
 * once through {@code onFailure} and stays empty; the caller shows the offline map instead.
 */
public final class GoogleMapPane {

    static final double CENTER_LAT = 51.5175;
    static final double CENTER_LON = 7.4650;
    static final int ZOOM = 14;
    /** More markers make the web view sluggish; the most recent ones matter in the meeting. */
    static final int MAX_MARKERS = 500;
    static final int MAX_HOTSPOTS = 10;
    private static final Duration LOAD_TIMEOUT = Duration.seconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(GoogleMapPane.class);

    private final GoogleMapView view;
    private final Consumer<String> onFailure;
    private final ScriptErrorGuard guard;
    private final PauseTransition timeout = new PauseTransition(LOAD_TIMEOUT);
    private GoogleMap map;
    private boolean finished;
    private List<Incident> incidents = List.of();
    private List<Hotspot> hotspots = List.of();
    private List<OverlayCell> overlay = List.of();
    private final List<Rectangle> shapes = new ArrayList<>();

    /** Starts loading the Google script with the key; call on the FX thread. */
    public GoogleMapPane(String apiKey, Consumer<String> onFailure) {
        this.onFailure = onFailure;
        guard = ScriptErrorGuard.install(this::scriptFailed);
        view = new GoogleMapView();
        view.setKey(apiKey);
        view.setId("google-map");
        view.addMapInializedListener(this::mapReady);
        view.getWebview().getEngine().getLoadWorker().stateProperty().addListener((obs, o, state) -> loadState(state));
        timeout.setOnFinished(e -> fail("keine Antwort von Google innerhalb von " + LOAD_TIMEOUT.toSeconds() + " s"));
        timeout.play();
    }

    public Node node() {
        return view;
    }

    /**
     * Shows the incidents (the most recent {@value #MAX_MARKERS}), the top hotspots of the current filter and the
     * hotspot layer's boxes.
     */
    public void showSituation(List<Incident> incidents, List<Hotspot> hotspots, List<OverlayCell> overlay) {
        this.incidents = List.copyOf(incidents);
        this.hotspots = List.copyOf(hotspots);
        this.overlay = List.copyOf(overlay);
        if (map != null) {
            drawSituation();
        }
    }

    /** Stops waiting for Google; nothing is reported after this. */
    public void dispose() {
        finish();
    }

    private void loadState(Worker.State state) {
        if (state == Worker.State.FAILED) {
            fail("Kartenseite nicht geladen");
        } else if (state == Worker.State.SUCCEEDED && !finished && !googleDefined()) {
            fail("Google-Skript nicht verfügbar");
        }
    }

    private boolean googleDefined() {
        try {
            return !"undefined".equals(view.getWebview().getEngine().executeScript("typeof google"));
        } catch (JSException e) {
            return false;
        }
    }

    private void scriptFailed(JSException error) {
        // The message is JavaScript's ("ReferenceError: …"); the script call that holds the key is not in it.
        fail("Skriptfehler " + error.getClass().getSimpleName());
    }

    private void mapReady() {
        if (finished) {
            return;
        }
        finish();
        try {
            map = view.createMap(new MapOptions().center(new LatLong(CENTER_LAT, CENTER_LON)).zoom(ZOOM)
                    .mapType(MapTypeIdEnum.ROADMAP).streetViewControl(false).mapTypeControl(false));
            drawSituation();
        } catch (JSException e) {
            map = null;
            onFailure.accept("Karte nicht erstellt: " + e.getClass().getSimpleName());
        }
    }

    private void fail(String reason) {
        if (finished) {
            return;
        }
        finish();
        LOG.warn("Google Maps nicht verfügbar ({}), die Offline-Karte wird gezeigt", reason);
        onFailure.accept(reason);
    }

    private void finish() {
        finished = true;
        timeout.stop();
        guard.remove();
    }

    private void drawSituation() {
        drawOverlay();
        map.clearMarkers();
        List<Marker> markers = new ArrayList<>();
        incidents.stream().sorted(Comparator.comparing(Incident::occurredAt).reversed()).limit(MAX_MARKERS)
                .forEach(i -> markers.add(marker(i.latitude(), i.longitude(), incidentTitle(i), null)));
        hotspots.stream().limit(MAX_HOTSPOTS).forEach(h -> markers.add(marker(h.lat(), h.lon(), hotspotTitle(h),
                String.valueOf(h.rank()))));
        map.addMarkers(markers);
    }

    /** Weaker boxes first, so the stronger ones lie on top where they touch; markers stay above all boxes. */
    private void drawOverlay() {
        shapes.forEach(map::removeMapShape);
        shapes.clear();
        overlay.stream().sorted(Comparator.comparingInt(c -> Math.abs(c.level()))).forEach(cell -> {
            Rectangle box = new Rectangle(new RectangleOptions()
                    .bounds(new LatLongBounds(new LatLong(cell.south(), cell.west()), new LatLong(cell.north(), cell.east())))
                    .fillColor(cell.color()).fillOpacity(cell.opacity()).strokeWeight(0).clickable(false)
                    .zIndex(Math.abs(cell.level())));
            map.addMapShape(box);
            shapes.add(box);
        });
    }

    private static Marker marker(double lat, double lon, String title, String label) {
        MarkerOptions options = new MarkerOptions().position(new LatLong(lat, lon)).title(title);
        if (label != null) {
            options.label(label);
        }
        return new Marker(options);
    }

    private static String incidentTitle(Incident incident) {
        return Formats.dateTime(incident.occurredAt()) + " · " + incident.category().label()
                + (incident.place() == null ? "" : " · " + incident.place());
    }

    private static String hotspotTitle(Hotspot hotspot) {
        return Messages.get("map.google.hotspot", hotspot.rank(), hotspot.street() == null ? "" : hotspot.street(),
                hotspot.incidents());
    }
}
