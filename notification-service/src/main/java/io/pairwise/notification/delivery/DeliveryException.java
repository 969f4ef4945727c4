package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.FailureReason;

/**
 * A channel could not deliver. Permanent failures (a refused address, a webhook that answers 4xx) are
 * not retried and do not count against the channel's breaker; the others are retried with back-off.
 */
public class DeliveryException extends Exception {

    private final FailureReason reason;
    private final boolean permanent;

    public DeliveryException(FailureReason reason, boolean permanent, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.permanent = permanent;
    }

    public FailureReason reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
