package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private final AtomicLong version = new AtomicLong();
    private final TestClock clock = new TestClock();
    private final FigureCache cache = new FigureCache(version::get, clock, Duration.ofSeconds(5));
    private final AtomicInteger computed = new AtomicInteger();

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void servesTheSameFiguresWhileTheFactsStayTheSame() {
        assertThat(cache.get("overview:p1", this::compute)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(3));
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
}
