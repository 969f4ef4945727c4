package io.pairwise.matching.domain;

/** How a participant likes to meet. */
public enum MeetingMode {
    IN_PERSON,
    VIDEO,
    CHAT
}
