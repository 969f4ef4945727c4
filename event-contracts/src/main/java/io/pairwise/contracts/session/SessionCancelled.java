package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled session will not take place.
 *
 * @param startsAt    the start the session had
 * @param cancelledBy member who cancelled; null when session-service did, e.g. on a relationship's end
 */
public record SessionCancelled(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                               Instant startsAt, String cancelledBy, CancellationReason reasonCode,
                               Instant occurredAt) implements DomainEvent {

    public SessionCancelled {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
