package de.stadtlage.meeting;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;

import de.stadtlage.map.MapFrame;
import de.stadtlage.map.MapPackageLoader;
import de.stadtlage.map.MapPictures;
import de.stadtlage.map.PictureFormat;
import de.stadtlage.meeting.minutes.MapImageSource;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.IncidentRepository;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The map in the minutes, drawn through {@link MapPictures} (the slides use it too): City and Nordstadt with the
 * kernel-density hotspot layer of the week before the meeting, as JPEG for the PDF. Needs the JavaFX toolkit, so
 * the GUI uses it; the command line without a display prints the minutes without a map.
 */
public final class MinutesMap implements MapImageSource {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1067;
    /** Laid out for 800×533 and drawn at twice the scale, so street names stay legible in print. */
    private static final MapFrame FRAME = MapFrame.home(2, 10);

    private final DSLContext dsl;
    private final MapPictures pictures;
    private volatile Cached cached;

    /** The last picture and what it was drawn from; a second export of the same week reuses it. */
    private record Cached(String key, byte[] image) {
    }

    public MinutesMap(DSLContext dsl, MapPackageLoader loader) {
        this(dsl, new MapPictures(new IncidentRepository(dsl), loader));
    }

    public MinutesMap(DSLContext dsl, MapPictures pictures) {
        this.dsl = dsl;
        this.pictures = pictures;
    }

    /**
     * Computes the hotspot grid on the calling thread and draws on the FX thread; a worker thread waits for the
     * picture, the FX thread itself draws directly.
     */
    @Override
    public Optional<byte[]> render(LocalDate from, LocalDate to) {
        if (pictures.mapData().isEmpty()) {
            return Optional.empty();
        }
        String key = cacheKey(from, to);
        Cached last = cached;
        if (last != null && last.key().equals(key)) {
            return Optional.of(last.image());
        }
        Optional<byte[]> image = pictures.draw(new IncidentFilter(from, to.minusDays(1), Set.of(), Set.of()),
                MapPictures.Layer.DENSITY, FRAME, WIDTH, HEIGHT, PictureFormat.JPEG);
        image.ifPresent(bytes -> cached = new Cached(key, bytes));
        return image;
    }

    /** Forgets the last picture (benchmarks measure drawing with it). */
    void forget() {
        cached = null;
    }

    /** Window, the incidents in it and the newest audit entry: any change to them draws the map anew. */
    private String cacheKey(LocalDate from, LocalDate to) {
        var window = dsl.select(DSL.count(), DSL.max(INCIDENT.ID)).from(INCIDENT)
                .where(INCIDENT.OCCURRED_AT.ge(from.atStartOfDay()).and(INCIDENT.OCCURRED_AT.lt(to.atStartOfDay())))
                .fetchOne();
        Long audit = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
        return from + "/" + to + "/" + window.value1() + "/" + window.value2() + "/" + audit;
    }
}
