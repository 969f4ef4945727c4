package io.pairwise.notification.domain;

/**
 * A delivery's life: created {@code PENDING} before anything is sent, then {@code SENT}, or {@code FAILED}
 * once no further attempt will be made. Both end states are final.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
