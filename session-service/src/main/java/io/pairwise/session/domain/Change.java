package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import java.util.List;

/** A new state of an aggregate and the events it causes, written together in one document write. */
public record Change<T>(T state, List<DomainEvent> events) {

    public Change {
        events = List.copyOf(events);
    }

    public static <T> Change<T> of(T state, DomainEvent... events) {
        return new Change<>(state, List.of(events));
    }
}
