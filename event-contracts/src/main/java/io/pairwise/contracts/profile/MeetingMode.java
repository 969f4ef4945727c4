package io.pairwise.contracts.profile;

/** How a participant likes to meet. */
public enum MeetingMode {
    IN_PERSON,
    VIDEO,
    CHAT
}
