package io.pairwise.session.domain;

import java.time.Instant;

/**
 * One member's rating of a held session. The comment is seen by its author only and never leaves
 * this service.
 *
 * @param rating 1 to 5
 */
public record Feedback(String participantId, int rating, String comment, Instant submittedAt) {
}
