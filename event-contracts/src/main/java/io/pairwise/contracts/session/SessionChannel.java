package io.pairwise.contracts.session;

/** Where a session takes place. */
public enum SessionChannel {
    IN_PERSON,
    VIDEO,
    PHONE,
    CHAT
}
