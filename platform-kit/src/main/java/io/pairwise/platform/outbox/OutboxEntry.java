package io.pairwise.platform.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, embedded in the document of the aggregate it belongs to so that
 * the state change and its events are one single-document write (no transaction needed).
 *
 * @param eventId       the CloudEvents id, fixed at write time so a republished event keeps its id
 * @param data          the event data as JSON, exactly as it will go on the wire
 * @param traceparent   W3C trace context of the request that wrote it
 */
public record OutboxEntry(String eventId, String type, String aggregateId, Instant occurredAt, String data,
                          String traceparent, String correlationId, OutboxStatus status, int attempts,
                          Instant nextAttemptAt, String lastError) {

    /** Field names as stored, used by the relay's queries and updates. */
    static final String FIELD_ID = "eventId";
    static final String FIELD_STATUS = "status";
    static final String FIELD_NEXT_ATTEMPT = "nextAttemptAt";

    boolean isDue(Instant now) {
        return status != OutboxStatus.FAILED && !nextAttemptAt.isAfter(now);
    }
}
