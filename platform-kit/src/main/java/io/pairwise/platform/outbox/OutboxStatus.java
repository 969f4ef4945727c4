package io.pairwise.platform.outbox;

/**
 * Lifecycle of an outbox entry. A published entry is removed from its aggregate, so only these
 * states are ever stored.
 */
public enum OutboxStatus {
    /** Written with the state change, waiting for the relay. */
    PENDING,
    /** Publishing failed more often than allowed; the entry (and every later one of its aggregate) waits for an operator. */
    FAILED,
    /** An operator asked for another round after a failure. */
    RESUBMITTED
}
