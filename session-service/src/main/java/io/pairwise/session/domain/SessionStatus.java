package io.pairwise.session.domain;

/** scheduled → held | cancelled | missed; only a scheduled session changes. */
public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED,
    MISSED
}
