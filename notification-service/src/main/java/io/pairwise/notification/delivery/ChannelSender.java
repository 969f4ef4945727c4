package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;

/** Puts rendered content on one channel. */
public interface ChannelSender {

    NotificationChannel channel();

    void send(Recipient recipient, Preferences preferences, Rendered content) throws DeliveryException;
}
