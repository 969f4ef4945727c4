package io.pairwise.matching.domain;

/** A rule that rules a pair out whatever its score. Capacity is not here: it limits assignments, not pairs. */
public enum HardConstraint {
    /** The same person enrolled on both sides. */
    SAME_PERSON,
    /** One is the other's manager or skip-level (as deep as the program says). */
    REPORTING_CHAIN,
    /** One of them asked never to be matched with the other. */
    AVOIDED,
    /** A mentorship of these two ended early before. */
    ENDED_EARLY,
    /** Their time zones are further apart than the program allows. */
    TIME_ZONE_DISTANCE,
    /** The program requires a shared language and they have none. */
    NO_SHARED_LANGUAGE
}
