package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A group mentorship became active: mentors with a cohort of mentees. Carries what {@link PairMatched}
 * carries, so consumers treat both alike.
 *
 * @param sharedGoals development goals the cohort has in common
 * @param score       average compatibility in [0, 1]
 */
public record GroupFormed(String mentorshipId, String programId, List<Member> mentors, List<Member> mentees,
                          List<String> sharedGoals, double score, int cadenceDays, LocalDate plannedEndDate,
                          Instant occurredAt) implements DomainEvent {

    public GroupFormed {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        sharedGoals = List.copyOf(sharedGoals);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
