package io.pairwise.matching.domain.lifecycle;

import java.time.Instant;

/** A member's closing reflection on an ended mentorship; stays in matching's store, never on the log. */
public record Reflection(String participantId, String text, Instant writtenAt) {
}
