package io.pairwise.platform.messaging;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;

/**
 * Reacts to one event type. Implementations are Spring beans; the kit subscribes, reads the envelope,
 * skips events it has already processed (by CloudEvents id), retries failures with back-off and
 * dead-letters what keeps failing. A handler should still be safe to run twice (upserts): a crash
 * after handling and before the event is marked processed redelivers it.
 */
public interface EventHandler<T extends DomainEvent> {

    Class<T> eventType();

    void handle(T event, EventEnvelope envelope);
}
