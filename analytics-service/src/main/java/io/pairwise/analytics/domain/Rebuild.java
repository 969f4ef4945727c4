package io.pairwise.analytics.domain;

import java.time.Instant;

/**
 * One rebuild of the projections from offset zero into a fresh generation, swapped in when done.
 *
 * @param eventsTotal events on the topics when it started (the end offsets it reads up to)
 */
public record Rebuild(String id, Status status, int generation, long eventsRead, long eventsTotal,
                      Instant startedAt, Instant finishedAt, String requestedBy, String failure) {

    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED
    }

    /** Share of the events read, 1 when there were none. */
    public double progress() {
        return eventsTotal == 0 ? 1.0 : Math.min(1.0, (double) eventsRead / eventsTotal);
    }
}
