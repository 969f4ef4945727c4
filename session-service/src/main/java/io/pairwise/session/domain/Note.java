package io.pairwise.session.domain;

import java.time.Instant;

/** A member's private note on a session: visible to the mentorship's members only, one per author. */
public record Note(String authorId, String text, Instant writtenAt) {
}
