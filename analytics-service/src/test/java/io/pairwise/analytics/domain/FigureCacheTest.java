package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private final AtomicLong version = new AtomicLong();
    private final MovableClock clock = new MovableClock();
    private final FigureCache cache = new FigureCache(version::get, clock, Duration.ofSeconds(5));
    private final AtomicInteger computed = new AtomicInteger();

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void servesTheSameFiguresWhileTheFactsStayTheSame() {
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(4));
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(1);
        assertThat(cache.get("overview:p2", this::compute)).as("another query").isEqualTo(2);
    }

    @Test
    void recomputesOnceThisInstanceProjectedAnEvent() {
        cache.get("overview:p1", this::compute);
        version.incrementAndGet();
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(2);
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(2);
    }

    @Test
    void recomputesAfterTheMaximumAgeForWhatOtherInstancesProjected() {
        cache.get("overview:p1", this::compute);
        clock.advance(Duration.ofSeconds(5).plusMillis(1));
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(2);
    }

    @Test
    void keepsABoundedNumberOfQueries() {
        for (int i = 0; i <= FigureCache.MAX_ENTRIES; i++) {
            cache.get("series:p1:week-" + i, this::compute);
        }
        assertThat(cache.get("series:p1:week-0", this::compute)).as("dropped when the cache filled up")
                .isEqualTo(FigureCache.MAX_ENTRIES + 2);
        cache.clear();
        assertThat(cache.get("series:p1:week-" + FigureCache.MAX_ENTRIES, this::compute))
                .isEqualTo(FigureCache.MAX_ENTRIES + 3);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-20T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
