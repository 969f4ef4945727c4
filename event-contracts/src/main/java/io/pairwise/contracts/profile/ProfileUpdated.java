package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A participant's profile changed; carries the whole new snapshot and current enrollments so a read
 * model can simply replace what it holds.
 */
public record ProfileUpdated(String participantId, ParticipantSnapshot profile, List<Enrollment> enrollments,
                             Instant occurredAt) implements DomainEvent {

    public ProfileUpdated {
        enrollments = List.copyOf(enrollments);
    }

    @Override
    public String aggregateId() {
        return participantId;
    }
}
