package io.pairwise.contracts.matching;

/** How a mentorship ended. */
public enum RelationshipOutcome {
    /** It reached its planned end. */
    COMPLETED,
    ENDED_EARLY
}
