package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mentorship was proposed and waits for acceptance.
 *
 * @param score                  compatibility in [0, 1]
 * @param contributions          each criterion's share of the score
 * @param awaitingParticipantIds members who still have to accept
 * @param expiresAt              when an unanswered proposal expires
 */
public record MatchProposed(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                            ProposalOrigin origin, double score, Map<MatchCriterion, Double> contributions,
                            List<MatchReason> reasons, List<String> awaitingParticipantIds, Instant expiresAt,
                            Instant occurredAt) implements DomainEvent {

    public MatchProposed {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
        contributions = Collections.unmodifiableMap(new TreeMap<>(contributions));
        reasons = List.copyOf(reasons);
        awaitingParticipantIds = List.copyOf(awaitingParticipantIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
