package io.pairwise.session.domain;

import java.time.Instant;
import java.util.Optional;

/** One calendar feed per participant, found by the hash of its secret token (the token itself is never stored). */
public interface CalendarFeedRepository {

    /** Replaces the participant's feed token, so an old subscription URL stops working. */
    void save(String participantId, String tokenHash, Instant createdAt);

    Optional<String> participantFor(String tokenHash);

    boolean remove(String participantId);
}
