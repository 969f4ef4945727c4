package io.pairwise.session.domain;

/** The mentorship's state as matching-service announced it. */
public enum MentorshipStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
