package io.pairwise.platform.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.platform.observability.RequestContext;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a Kafka record into an envelope and hands it to the service's handlers, once per event id.
 * Records that are not CloudEvents, or of a type outside the catalogue, throw non-retryable
 * exceptions so the error handler dead-letters them; types this service has no handler for are
 * skipped (a topic carries many types).
 */
public class EventProcessor {

    private final EventHandlers handlers;
    private final ProcessedEvents processed;
    private final RequestContext requestContext;
    private final MeterRegistry meters;
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();

    public EventProcessor(EventHandlers handlers, ProcessedEvents processed, RequestContext requestContext,
                          MeterRegistry meters) {
        this.handlers = handlers;
        this.processed = processed;
        this.requestContext = requestContext;
        this.meters = meters;
        deserializer.configure(Map.of(), false);
    }

    public void process(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromCloudEvent(read(record));
        String type = envelope.type().type();
        if (!handlers.handles(envelope.data().getClass())) {
            count(type, "skipped");
            return;
        }
        if (processed.contains(envelope.id())) {
            count(type, "duplicate");
            return;
        }
        requestContext.within("handle " + type, null, envelope.correlationId(), () -> {
            handlers.dispatch(envelope);
            return null;
        });
        processed.markProcessed(envelope.id(), type);
        count(type, "handled");
    }

    private CloudEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (event == null) {
                throw new IllegalArgumentException("empty record");
            }
            return event;
        } catch (RuntimeException e) {
            throw new UnreadableEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a readable CloudEvent: " + e.getMessage(), e);
        }
    }

    private void count(String type, String outcome) {
        meters.counter("pairwise.events.consumed", "type", type, "outcome", outcome).increment();
    }
}
