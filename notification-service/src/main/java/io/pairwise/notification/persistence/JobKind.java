package io.pairwise.notification.persistence;

/** What a job sends when it falls due; cadence nudges repeat, the others fire once. */
public enum JobKind {
    SESSION_REMINDER,
    CADENCE_NUDGE,
    MATCH_REQUEST_NUDGE,
    PLANNED_END_NUDGE
}
