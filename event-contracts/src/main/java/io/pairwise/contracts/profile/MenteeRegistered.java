package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/** A participant enrolled in a program as a mentee. */
public record MenteeRegistered(String participantId, String programId, ParticipantSnapshot profile,
                               Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
