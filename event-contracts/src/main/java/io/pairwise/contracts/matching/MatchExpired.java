package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A proposal reached its deadline unanswered.
 *
 * @param unansweredBy members who had not accepted
 */
public record MatchExpired(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                           List<String> unansweredBy, Instant occurredAt) implements DomainEvent {

    public MatchExpired {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
        unansweredBy = List.copyOf(unansweredBy);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
