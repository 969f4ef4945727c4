package io.pairwise.contracts.notification;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;

/**
 * A delivery attempt failed.
 *
 * @param notificationType the notification-service template type, e.g. {@code pair-matched}
 * @param sourceEventId    CloudEvents id of the event that caused it; null for reminders, nudges and
 *                         announcements
 * @param programId        the program it concerns, null if none
 * @param attemptCount     attempts made so far
 * @param permanent        true when no further attempt will be made
 */
public record NotificationFailed(String notificationId, String recipientId, NotificationChannel channel,
                                 String notificationType, String sourceEventId, String programId, int attemptCount,
                                 FailureReason failureReason, boolean permanent, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
