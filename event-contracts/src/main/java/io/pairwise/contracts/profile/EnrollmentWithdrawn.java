package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/** A participant left a program in one role; someone enrolled in both roles gets one event per role. */
public record EnrollmentWithdrawn(String participantId, String programId, Role role, WithdrawalReason reason,
                                  Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
