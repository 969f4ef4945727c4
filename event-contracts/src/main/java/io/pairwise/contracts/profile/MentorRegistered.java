package io.pairwise.contracts.profile;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/**
 * A participant enrolled in a program as a mentor.
 *
 * @param capacity the mentees this mentor takes at once in this program: their own capacity, or the
 *                 program's default when they set none
 */
public record MentorRegistered(String participantId, String programId, ParticipantSnapshot profile, int capacity,
                               Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId;
    }
}
