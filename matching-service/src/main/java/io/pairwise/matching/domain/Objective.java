package io.pairwise.matching.domain;

/** What batch matching maximises. */
public enum Objective {
    /** The highest total score; a mentee is left out when including them would lower it. */
    BEST_TOTAL_FIT,
    /** As many mentees matched as the constraints allow, and among those assignments the highest total score. */
    MOST_MATCHED
}
