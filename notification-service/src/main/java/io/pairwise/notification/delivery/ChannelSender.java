package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;

/** Puts rendered content on one channel. */
public interface ChannelSender {

    NotificationChannel channel();

    /**
     * Sends the content. {@code deliveryId} (for a digest, its first delivery's) is the same on every attempt,
     * so a receiver can recognise a repeat: a process that dies after the channel took the message and before
     * the delivery was marked sent sends it once more.
     */
    void send(String deliveryId, Recipient recipient, Preferences preferences, Rendered content) throws DeliveryException;
}
