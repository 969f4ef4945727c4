package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/**
 * A program was closed: no new enrollments or matches.
 *
 * @param closedBy user id of the admin who closed it
 */
public record ProgramClosed(String programId, String closedBy, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
