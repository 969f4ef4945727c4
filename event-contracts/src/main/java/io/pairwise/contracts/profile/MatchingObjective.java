package io.pairwise.contracts.profile;

/** What batch optimisation maximises. */
public enum MatchingObjective {
    /** Highest total score. */
    BEST_TOTAL_FIT,
    /** Most participants matched first, then highest total score. */
    MOST_MATCHED
}
