package io.pairwise.platform.outbox;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventJson;
import io.pairwise.platform.observability.RequestContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Turns domain events into outbox entries for the document being written. A service keeps a field
 * {@value #FIELD} ({@code List<OutboxEntry>}) on each aggregate document and either appends
 * {@link #entries} before a save, or adds {@link #append} to an atomic update.
 */
public class Outbox {

    public static final String FIELD = "outbox";

    private final Clock clock;
    private final RequestContext requestContext;
    private final OutboxRelay relay;

    public Outbox(Clock clock, RequestContext requestContext, OutboxRelay relay) {
        this.clock = clock;
        this.requestContext = requestContext;
        this.relay = relay;
    }

    public List<OutboxEntry> entries(DomainEvent... events) {
        return entries(Arrays.asList(events));
    }

    public List<OutboxEntry> entries(List<? extends DomainEvent> events) {
        Instant now = clock.instant();
        String traceparent = requestContext.currentTraceparent();
        String correlationId = requestContext.currentCorrelationId();
        List<OutboxEntry> entries = events.stream()
                .map(event -> new OutboxEntry(UUID.randomUUID().toString(), EventCatalog.of(event.getClass()).type(),
                        event.aggregateId(), now, new String(EventJson.write(event), StandardCharsets.UTF_8),
                        traceparent, correlationId, OutboxStatus.PENDING, 0, now, null))
                .toList();
        relay.wakeUp();
        return entries;
    }

    /** Adds the events to an update so they are written atomically with the rest of it. */
    public Update append(Update update, DomainEvent... events) {
        return update.push(FIELD).each(entries(events).toArray());
    }
}
