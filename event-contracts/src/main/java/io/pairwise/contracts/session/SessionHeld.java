package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A session took place. Private notes and action items never leave session-service.
 *
 * @param heldAt      when it started
 * @param attendeeIds members who attended
 */
public record SessionHeld(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                          Instant heldAt, int durationMinutes, List<String> attendeeIds, SessionChannel channel,
                          Instant occurredAt) implements DomainEvent {

    public SessionHeld {
        memberIds = List.copyOf(memberIds);
        attendeeIds = List.copyOf(attendeeIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
