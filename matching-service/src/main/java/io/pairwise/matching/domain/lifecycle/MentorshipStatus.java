package io.pairwise.matching.domain.lifecycle;

/** Where a mentorship stands. QUEUED is a mentee's later choice, not yet sent to the mentor. */
public enum MentorshipStatus {
    QUEUED,
    PROPOSED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    ENDED_EARLY,
    DECLINED,
    EXPIRED,
    WITHDRAWN;

    public boolean live() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }

    public boolean holdsPlace() {
        return this == ACTIVE || this == PAUSED;
    }

    public boolean ended() {
        return this == COMPLETED || this == ENDED_EARLY;
    }
}
