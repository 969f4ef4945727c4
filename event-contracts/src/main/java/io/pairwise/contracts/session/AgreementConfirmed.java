package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * Every member confirmed the mentoring agreement. Expectations and the confidentiality note stay in
 * session-service; the log carries the cadence and channels consumers act on.
 *
 * @param cadenceDays agreed days between sessions
 */
public record AgreementConfirmed(String mentorshipId, String programId, List<String> memberIds, int cadenceDays,
                                 List<SessionChannel> channels, Instant occurredAt) implements DomainEvent {

    public AgreementConfirmed {
        memberIds = List.copyOf(memberIds);
        channels = List.copyOf(channels);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
