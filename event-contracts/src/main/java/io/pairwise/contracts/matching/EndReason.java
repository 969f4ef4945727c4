package io.pairwise.contracts.matching;

/**
 * Why a mentorship ended: a code, never free text (closing reflections stay in matching-service).
 * Matching uses {@link #NOT_A_FIT} and {@link #CONFLICT} to avoid re-pairing the same people.
 */
public enum EndReason {
    PLANNED_END,
    GOALS_ACHIEVED,
    NOT_A_FIT,
    CONFLICT,
    LOW_ENGAGEMENT,
    SCHEDULE_CONFLICT,
    ROLE_CHANGE,
    LEFT_COMPANY,
    PROGRAM_CLOSED,
    PARTICIPANT_ERASED,
    OTHER
}
