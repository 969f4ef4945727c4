package io.pairwise.analytics.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures computed once per state of the facts: every open dashboard polls every few seconds, and a
 * company-wide overview reads every fact. An entry serves while the facts' version is the one it was
 * computed at (so this instance's own events show at once) and for at most {@code maxAge}, which bounds
 * how long events projected by another instance stay unseen.
 */
final class FigureCache {

    /** Distinct queries kept; time-series ranges are the caller's choice, so the keys are not a fixed set. */
    static final int MAX_ENTRIES = 1_000;

    private record Entry(long version, Instant computedAt, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier version;
    private final Clock clock;
    private final Duration maxAge;

    FigureCache(LongSupplier version, Clock clock, Duration maxAge) {
        this.version = version;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long current = version.getAsLong();
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == current && !now.isAfter(entry.computedAt().plus(maxAge))) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // the version read before computing: an event projected meanwhile makes the entry stale at once
        entries.put(key, new Entry(current, now, value));
        return value;
    }

    void clear() {
        entries.clear();
    }
}
