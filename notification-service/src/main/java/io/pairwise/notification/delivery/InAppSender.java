package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import org.springframework.stereotype.Component;

/** The inbox: a sent in-app delivery is the inbox entry, so there is nothing to send anywhere. */
@Component
class InAppSender implements ChannelSender {

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Override
    public void send(String deliveryId, Recipient recipient, Preferences preferences, Rendered content) {
        // Marking the delivery sent (with its rendered title and body) puts it in the inbox.
    }
}
