package io.pairwise.platform.messaging;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import java.util.function.BiConsumer;

/**
 * Reacts to one event type. Implementations are Spring beans; the kit subscribes, reads the envelope,
 * skips events it has already processed (by CloudEvents id), retries failures with back-off and
 * dead-letters what keeps failing. A handler should still be safe to run twice (upserts): a crash
 * after handling and before the event is marked processed redelivers it.
 */
public interface EventHandler<T extends DomainEvent> {

    Class<T> eventType();

    void handle(T event, EventEnvelope envelope);

    /** A handler from a lambda, for the usual {@code @Bean} method that only delegates to the domain. */
    static <T extends DomainEvent> EventHandler<T> of(Class<T> type, BiConsumer<T, EventEnvelope> action) {
        return new EventHandler<>() {
            @Override
            public Class<T> eventType() {
                return type;
            }

            @Override
            public void handle(T event, EventEnvelope envelope) {
                action.accept(event, envelope);
            }
        };
    }
}
