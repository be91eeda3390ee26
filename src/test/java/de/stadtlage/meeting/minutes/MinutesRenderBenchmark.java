package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not part of the normal test run (the name does not end in Test). Run with
 * {@code mvn -o test -Dtest=MinutesRenderBenchmark}: renders the sample minutes with a map once cold, then
 * five times warm, and logs the times.
 */
class MinutesRenderBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesRenderBenchmark.class);

    @Test
    void warmRenderOfSampleMinutes() {
        MinutesPdfRenderer renderer = new MinutesPdfRenderer();
        MinutesDocument minutes = SampleMinutes.create("Allgemeinverfügung vorbereiten");
        long cold = time(() -> renderer.render(minutes));
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < 5; i++) {
            long ms = time(() -> renderer.render(minutes));
            best = Math.min(best, ms);
            total += ms;
        }
        LOG.warn("BENCH minutes render: cold {} ms, warm best {} ms, warm mean {} ms", cold, best, total / 5);
        assertThat(best).isPositive();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
