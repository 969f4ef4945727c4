package io.pairwise.contracts.profile;

/** Seniority band; matching compares it according to the program's mentoring type. */
public enum CareerStage {
    EARLY,
    MID,
    SENIOR,
    EXECUTIVE
}
