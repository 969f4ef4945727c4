package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/**
 * A participant's personal data was erased; every service removes or anonymises what it holds about
 * them. Deliberately carries the id alone: the log must not keep what was erased.
 */
public record ParticipantErased(String participantId, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
