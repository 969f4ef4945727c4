package io.pairwise.notification.persistence;

import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.domain.NotificationType;
import java.time.Instant;
import java.util.Map;

/**
 * One notification on one channel to one person, as stored in {@code deliveries}. Its id is derived
 * from (source, recipient, channel), so the same event can never create it twice.
 *
 * @param sourceKey     what caused it: an event id, or a job id plus its due time
 * @param sourceEventId the CloudEvents id when an event caused it, else null
 * @param title         the rendered title, once sent
 * @param traceparent   trace context of what caused it, so the trace runs on into the delivery
 * @param correlationId correlation id of what caused it, for the worker's logs and the outcome event
 */
public record Delivery(String id, String sourceKey, String sourceEventId, String recipientId,
                       NotificationChannel channel, NotificationType type, String programId, Map<String, Object> facts,
                       DeliveryStatus status, boolean digest, Instant notBefore, int attempts, Instant createdAt,
                       Instant sentAt, FailureReason failureReason, String title, String body, Instant readAt,
                       String traceparent, String correlationId) {
}
