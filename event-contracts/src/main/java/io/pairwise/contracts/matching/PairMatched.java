package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mentorship became active: every side accepted (or the admin published it). Lists allow pairs,
 * co-mentoring and peer or mutual pairs; group programs publish {@link GroupFormed} instead.
 *
 * @param score       compatibility in [0, 1]
 * @param cadenceDays agreed days between sessions
 */
public record PairMatched(String mentorshipId, String programId, List<Member> mentors, List<Member> mentees,
                          double score, List<MatchReason> reasons, int cadenceDays, LocalDate plannedEndDate,
                          Instant occurredAt) implements DomainEvent {

    public PairMatched {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
