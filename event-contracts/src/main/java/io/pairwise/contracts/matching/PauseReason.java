package io.pairwise.contracts.matching;

/** Why a mentorship was paused: a code, never free text. */
public enum PauseReason {
    LEAVE,
    WORKLOAD,
    SCHEDULING,
    OTHER
}
