package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A member rated a held session. The optional comment stays in session-service.
 *
 * @param rating 1 to 5
 */
public record FeedbackSubmitted(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                                String fromParticipantId, int rating, Instant occurredAt) implements DomainEvent {

    public FeedbackSubmitted {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
