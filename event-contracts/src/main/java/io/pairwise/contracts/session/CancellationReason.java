package io.pairwise.contracts.session;

/** Why a session was cancelled: a code, never free text. */
public enum CancellationReason {
    SCHEDULE_CONFLICT,
    ILLNESS,
    WORKLOAD,
    NO_LONGER_NEEDED,
    RELATIONSHIP_ENDED,
    PARTICIPANT_ERASED,
    OTHER
}
