package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.UnmatchedReason;

/** A participant the batch left without a partner, and why. */
public record Unmatched(String participantId, Side side, UnmatchedReason reason) {

    public enum Side {
        MENTEE,
        MENTOR
    }
}
