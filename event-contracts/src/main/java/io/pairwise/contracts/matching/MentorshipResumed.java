package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/** A paused mentorship is active again. */
public record MentorshipResumed(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                                String resumedBy, Instant occurredAt) implements DomainEvent {

    public MentorshipResumed {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
