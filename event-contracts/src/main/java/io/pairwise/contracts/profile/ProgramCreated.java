package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/** A program was created. */
public record ProgramCreated(String programId, ProgramSnapshot program, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
