package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * One member accepted a proposal; once nobody is awaited, pair-matched or group-formed follows.
 *
 * @param awaitingParticipantIds members who still have to accept
 */
public record MatchAccepted(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                            String acceptedBy, List<String> awaitingParticipantIds, Instant occurredAt)
        implements DomainEvent {

    public MatchAccepted {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
        awaitingParticipantIds = List.copyOf(awaitingParticipantIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
