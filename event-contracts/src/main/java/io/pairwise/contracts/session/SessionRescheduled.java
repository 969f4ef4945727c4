package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A session moved; carries the old start so reminders for it can be withdrawn.
 *
 * @param timeZone IANA zone the session was planned in
 */
public record SessionRescheduled(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                                 Instant previousStartsAt, Instant startsAt, int durationMinutes, String timeZone,
                                 SessionChannel channel, String rescheduledBy, Instant occurredAt)
        implements DomainEvent {

    public SessionRescheduled {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
