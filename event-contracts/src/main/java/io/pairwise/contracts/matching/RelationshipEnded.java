package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A mentorship ended, at its planned end or early. Closing reflections are not on the log.
 *
 * @param endedBy   participant or admin who ended it; null when it ended by itself at its planned end
 * @param startedAt when it became active
 * @param endedAt   when it ended
 */
public record RelationshipEnded(String mentorshipId, String programId, List<String> mentorIds,
                                List<String> menteeIds, RelationshipOutcome outcome, EndReason reasonCode,
                                String endedBy, Instant startedAt, Instant endedAt) implements DomainEvent {

    public RelationshipEnded {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
