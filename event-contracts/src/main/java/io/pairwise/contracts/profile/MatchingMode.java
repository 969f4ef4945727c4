package io.pairwise.contracts.profile;

/** Who drives matching in a program. */
public enum MatchingMode {
    ADMIN_BATCH,
    MENTEE_CHOICE,
    AUTOMATIC
}
