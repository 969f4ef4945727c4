package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal was set for a mentorship. Its wording stays in session-service; the log carries the skill it
 * develops, which analytics aggregates.
 *
 * @param skill      the skill or topic from the company's list; null if the goal names none
 * @param targetDate when the members aim to achieve it; null if open
 */
public record GoalSet(String goalId, String mentorshipId, String programId, List<String> memberIds, String skill,
                      LocalDate targetDate, String setBy, Instant occurredAt) implements DomainEvent {

    public GoalSet {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
