package io.pairwise.contracts.session;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A goal was achieved.
 *
 * @param skill the skill or topic it developed; null if none
 * @param setAt when it was set, so time-to-goal needs no earlier event
 */
public record GoalAchieved(String goalId, String mentorshipId, String programId, List<String> memberIds, String skill,
                           Instant setAt, Instant occurredAt) implements DomainEvent {

    public GoalAchieved {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
