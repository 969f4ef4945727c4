package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled session did not happen and was not cancelled.
 *
 * @param startsAt   the start it had
 * @param absentIds  members who did not show up
 * @param reportedBy member who marked it missed; null when session-service did
 */
public record SessionMissed(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                            Instant startsAt, List<String> absentIds, String reportedBy, Instant occurredAt)
        implements DomainEvent {

    public SessionMissed {
        memberIds = List.copyOf(memberIds);
        absentIds = List.copyOf(absentIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
