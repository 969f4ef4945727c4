package io.pairwise.contracts.notification;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/**
 * A notification reached its recipient.
 *
 * @param notificationType the notification-service template type, e.g. {@code pair-matched}
 * @param sourceEventId    CloudEvents id of the event that caused it; null for reminders, nudges and
 *                         announcements
 * @param programId        the program it concerns, null if none
 * @param attemptCount     attempts it took, 1 when the first one succeeded
 */
public record NotificationDelivered(String notificationId, String recipientId, NotificationChannel channel,
                                    String notificationType, String sourceEventId, String programId,
                                    int attemptCount, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
