package io.pairwise.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a user, a client), in this process's memory: with several gateway instances each
 * one enforces the limit on the requests it sees.
 *
 * <p>A bucket untouched long enough to be full again is the same as a new one, so such buckets are
 * dropped, at most once per refill period, which keeps memory in step with the keys active lately.
 */
final class TokenBuckets {

    private final double tokensPerNano;
    private final int capacity;
    private final long refillNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    TokenBuckets(GatewayProperties.Limit limit, LongSupplier nanoClock) {
        if (limit.requestsPerSecond() <= 0 || limit.burst() < 1) {
            throw new IllegalArgumentException("A rate limit needs requests-per-second > 0 and burst >= 1, got " + limit);
        }
        this.tokensPerNano = limit.requestsPerSecond() / 1e9;
        this.capacity = limit.burst();
        this.refillNanos = (long) Math.min(capacity / tokensPerNano, Long.MAX_VALUE / 4.0);
        this.nanoClock = nanoClock;
        this.nextSweep = new AtomicLong(nanoClock.getAsLong() + refillNanos);
    }

    /** Takes a token from the key's bucket: {@link Duration#ZERO} if there was one, else the wait for the next. */
    Duration take(String key) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano));
        }
    }

    /** How many keys have a bucket now; a gauge, to watch the limiter's memory. */
    int trackedKeys() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + refillNanos)) {
            return;
        }
        // A thread that fetched a bucket just before it goes may spend a token nobody counts: one request.
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                bucket.refill(now);
                return bucket.tokens >= capacity;
            }
        });
    }

    private final class Bucket {

        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
    }
}
