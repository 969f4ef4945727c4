package io.pairwise.contracts.matching;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;

/** An active mentorship was paused; cadence nudges stop until it resumes. */
public record MentorshipPaused(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                               String pausedBy, PauseReason reason, Instant occurredAt) implements DomainEvent {

    public MentorshipPaused {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return mentorshipId;
    }
}
