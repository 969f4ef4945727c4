package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/** One member declined a proposal, which ends it. */
public record MatchDeclined(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                            String declinedBy, DeclineReason reason, Instant occurredAt) implements DomainEvent {

    public MatchDeclined {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
