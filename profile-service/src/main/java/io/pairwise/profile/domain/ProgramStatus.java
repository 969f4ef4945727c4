package io.pairwise.profile.domain;

public enum ProgramStatus {
    ACTIVE,
    /** No new enrollments or matches; the program is read-only. */
    CLOSED
}
