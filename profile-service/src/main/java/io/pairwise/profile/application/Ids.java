package io.pairwise.profile.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** New ids and timestamps, alike everywhere in the service. */
final class Ids {

    private Ids() {
    }

    /** A random id with a prefix that tells what it names, e.g. {@code prt-…} for a participant. */
    static String next(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Now, at the store's precision, so what is written compares equal to what is read back. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
