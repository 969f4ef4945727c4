package io.pairwise.matching.domain;

/** Why batch matching left a participant without a partner. */
public enum UnmatchedReason {
    /** The hard constraints rule out everyone on the other side. */
    NO_ELIGIBLE_PARTNER,
    /**
     * Every mentor the constraints allow is fully booked, and no rearrangement of the others frees a place without
     * leaving someone else unmatched: more mentor places are needed.
     */
    CAPACITY_EXHAUSTED,
    /**
     * A place could be made (for a mentee: by moving other mentees; for a mentor: by giving them a mentee matched
     * elsewhere), but the program's total fit would drop.
     */
    LOWER_TOTAL_FIT
}
