package io.pairwise.contracts.profile;

/** The role a participant holds in one program; a person may enrol in both. */
public enum Role {
    MENTOR,
    MENTEE
}
