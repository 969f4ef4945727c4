package io.pairwise.contracts.matching;

/** Why a proposal was declined: a code, never free text. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_A_FIT,
    SCHEDULE_CONFLICT,
    CONFLICT_OF_INTEREST,
    OTHER
}
