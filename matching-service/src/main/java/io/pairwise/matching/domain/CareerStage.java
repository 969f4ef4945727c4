package io.pairwise.matching.domain;

/** Seniority band, ordered from the start of a career to the top. */
public enum CareerStage {
    EARLY,
    MID,
    SENIOR,
    EXECUTIVE
}
