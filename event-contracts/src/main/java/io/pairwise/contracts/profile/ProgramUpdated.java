package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/** A program changed, including enrollment opening or closing; carries the whole new snapshot. */
public record ProgramUpdated(String programId, ProgramSnapshot program, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
