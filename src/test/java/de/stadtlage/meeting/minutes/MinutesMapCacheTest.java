package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.meeting.MeetingService;
import de.stadtlage.persistence.Database;
import de.stadtlage.testing.TempDatabase;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesMapCacheTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);

    @TempDir
    Path folder;
    private Database database;
    private final AtomicInteger drawn = new AtomicInteger();

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MinutesMapCache cache() {
        return new MinutesMapCache(database.dsl(), (from, to) -> {
            drawn.incrementAndGet();
            return Optional.of(SampleMinutes.mapPng(300, 200, BufferedImage.TYPE_INT_ARGB));
        });
    }

    @Test
    void secondExportOfTheSameWeekReusesTheMapUntilSomethingChanges() {
        MinutesMapCache cache = cache();
        byte[] first = cache.render(FROM, FROM.plusWeeks(1)).orElseThrow();
        assertThat(cache.render(FROM, FROM.plusWeeks(1)).orElseThrow()).isSameAs(first);
        assertThat(drawn).hasValue(1);

        new MeetingService(database, CurrentUser.system(), Clock.systemDefaultZone())
                .plan(FROM.plusWeeks(1), null, null, null, null);
        cache.render(FROM, FROM.plusWeeks(1));
        cache.render(FROM.plusWeeks(1), FROM.plusWeeks(2));
        assertThat(drawn).hasValue(3);
    }

    @Test
    void mapGoesIntoThePdfAsJpeg() {
        byte[] image = cache().render(FROM, FROM.plusWeeks(1)).orElseThrow();
        assertThat(image[0] & 0xFF).isEqualTo(0xFF);
        assertThat(image[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void noMapStaysNoMap() {
        MinutesMapCache none = new MinutesMapCache(database.dsl(), MapImageSource.NONE);
        assertThat(none.render(FROM, FROM.plusWeeks(1))).isEmpty();
    }
}
