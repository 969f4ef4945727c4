package io.pairwise.analytics.messaging;

import io.pairwise.analytics.persistence.Generations;
import io.pairwise.analytics.persistence.Projector;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.platform.messaging.PoisonEventException;
import org.springframework.stereotype.Component;

/**
 * Applies a consumed event to the current generation and, while a rebuild runs, to the generation it
 * fills as well: the rebuild reads only up to the offsets it found at its start, and this covers what
 * arrives after them, so the rebuilt generation is complete when it is swapped in.
 */
@Component
class LiveProjection {

    private final Generations generations;
    private final Projector projector;

    LiveProjection(Generations generations, Projector projector) {
        this.generations = generations;
        this.projector = projector;
    }

    void apply(EventEnvelope envelope) {
        if (envelope.time() == null) {
            throw new PoisonEventException("event " + envelope.id() + " has no time; its figures cannot be placed");
        }
        Generations.Pointer pointer = generations.pointer();
        projector.apply(envelope, pointer.current());
        if (pointer.rebuilding() != null) {
            projector.apply(envelope, pointer.rebuilding());
        }
    }
}
