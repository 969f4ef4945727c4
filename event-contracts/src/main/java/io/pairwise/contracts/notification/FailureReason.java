package io.pairwise.contracts.notification;

/** Why a delivery failed: a code, never the raw error (which may quote an address). */
public enum FailureReason {
    INVALID_ADDRESS,
    REJECTED,
    CHANNEL_UNAVAILABLE,
    RETRIES_EXHAUSTED,
    NO_CHANNEL_CONFIGURED,
    OTHER
}
