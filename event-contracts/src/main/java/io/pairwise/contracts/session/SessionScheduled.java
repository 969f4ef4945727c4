package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A session was put in the calendar. Agenda, pre-work and meeting link stay in session-service.
 *
 * @param timeZone IANA zone the session was planned in; recipients see it in their own zone
 */
public record SessionScheduled(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                               Instant startsAt, int durationMinutes, String timeZone, SessionChannel channel,
                               String scheduledBy, Instant occurredAt) implements DomainEvent {

    public SessionScheduled {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
