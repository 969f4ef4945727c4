package io.pairwise.contracts;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The platform's one envelope: CloudEvents 1.0 in Kafka <em>binary</em> mode (attributes in
 * {@code ce_*} headers, the JSON data as the record value), chosen once for every topic so the value
 * validates directly against the type's JSON Schema and ordinary Kafka tools can read it.
 *
 * @param id            unique event id; every consumer is idempotent on it
 * @param source        the producing service, e.g. {@code /pairwise/profile-service}
 * @param time          when the state change happened
 * @param traceparent   W3C trace context of the request that caused the change, or null
 * @param correlationId the correlation id of that request, or null
 */
public record EventEnvelope(String id, URI source, Instant time, DomainEvent data, String traceparent,
                            String correlationId) {

    public static final String SPEC_VERSION = "1.0";
    public static final String PARTITION_KEY = "partitionkey";
    public static final String TRACEPARENT = "traceparent";
    public static final String CORRELATION_ID = "correlationid";
    public static final String CONTENT_TYPE = "application/json";

    public EventType type() {
        return EventCatalog.of(data.getClass());
    }

    public CloudEvent toCloudEvent() {
        EventType type = type();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type.type())
                .withSubject(data.aggregateId())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(CONTENT_TYPE)
                .withDataSchema(type.schemaUri())
                .withExtension(PARTITION_KEY, data.aggregateId())
                .withData(EventJson.write(data));
        if (traceparent != null) {
            builder.withExtension(TRACEPARENT, traceparent);
        }
        if (correlationId != null) {
            builder.withExtension(CORRELATION_ID, correlationId);
        }
        return builder.build();
    }

    /**
     * Reads an envelope back; throws {@link UnknownEventTypeException} for a type outside the catalogue
     * or data that does not fit it, so consumers can dead-letter it.
     */
    public static EventEnvelope fromCloudEvent(CloudEvent event) {
        EventType type = EventCatalog.byType(event.getType())
                .orElseThrow(() -> new UnknownEventTypeException("unknown event type " + event.getType()));
        if (event.getData() == null) {
            throw new UnknownEventTypeException("event " + event.getId() + " of type " + type.type() + " has no data");
        }
        DomainEvent data = EventJson.read(event.getData().toBytes(), type.payload());
        Instant time = event.getTime() == null ? null : event.getTime().toInstant();
        return new EventEnvelope(event.getId(), event.getSource(), time, data,
                stringExtension(event, TRACEPARENT), stringExtension(event, CORRELATION_ID));
    }

    private static String stringExtension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
