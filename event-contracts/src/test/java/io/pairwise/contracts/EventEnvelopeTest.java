package io.pairwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.session.SessionHeld;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The envelope through the real CloudEvents Kafka serializer and deserializer, in binary mode. */
class EventEnvelopeTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String CORRELATION_ID = "c0a8012e-7d1f-4b6a-9e3c-5f2a1b0c9d8e";

    static Stream<Arguments> types() {
        return EventCatalog.all().stream().map(type -> Arguments.argumentSet(type.type(), type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void roundTripsThroughKafkaBinaryMode(EventType type) {
        DomainEvent data = EventSamples.sample(type.payload());
        EventEnvelope sent = new EventEnvelope("evt-" + type.type(), source(type), EventSamples.NOW, data,
                TRACEPARENT, CORRELATION_ID);
        Headers headers = new RecordHeaders();

        byte[] value = serialize(type, sent.toCloudEvent(), headers);
        CloudEvent received = deserialize(type, value, headers);

        assertThat(EventEnvelope.fromCloudEvent(received)).isEqualTo(sent);
        assertThat(received.getSubject()).isEqualTo(data.aggregateId());
        assertThat(received.getExtension(EventEnvelope.PARTITION_KEY)).isEqualTo(data.aggregateId());
        assertThat(received.getDataSchema()).isEqualTo(type.schemaUri());
        // binary mode: attributes in headers, and the value is the bare JSON data its schema validates
        assertThat(header(headers, "ce_type")).isEqualTo(type.type());
        assertThat(header(headers, "ce_subject")).isEqualTo(data.aggregateId());
        assertThat(header(headers, "ce_partitionkey")).isEqualTo(data.aggregateId());
        assertThat(header(headers, "ce_traceparent")).isEqualTo(TRACEPARENT);
        assertThat(header(headers, "ce_correlationid")).isEqualTo(CORRELATION_ID);
        assertThat(header(headers, "ce_specversion")).isEqualTo(EventEnvelope.SPEC_VERSION);
        assertThat(header(headers, "content-type")).isEqualTo(EventEnvelope.CONTENT_TYPE);
        assertThat(value).isEqualTo(EventJson.write(data));
    }

    @Test
    void roundTripsWithoutTraceContext() {
        SessionHeld data = EventSamples.sample(SessionHeld.class);
        EventType type = EventCatalog.of(SessionHeld.class);
        EventEnvelope sent = new EventEnvelope("evt-1", source(type), EventSamples.NOW, data, null, null);
        Headers headers = new RecordHeaders();

        CloudEvent received = deserialize(type, serialize(type, sent.toCloudEvent(), headers), headers);

        assertThat(EventEnvelope.fromCloudEvent(received)).isEqualTo(sent);
        assertThat(headers.lastHeader("ce_traceparent")).isNull();
        assertThat(headers.lastHeader("ce_correlationid")).isNull();
    }

    @Test
    void unknownTypeIsRefused() {
        CloudEvent event = event("pairwise.profile.mentor-retired.v1",
                "{\"participantId\":\"prt-1\",\"occurredAt\":\"2026-03-02T09:15:00Z\"}");

        assertThatThrownBy(() -> EventEnvelope.fromCloudEvent(event))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("pairwise.profile.mentor-retired.v1");
    }

    @Test
    void malformedDataIsRefused() {
        String erased = EventCatalog.of(ParticipantErased.class).type();
        String held = EventCatalog.of(SessionHeld.class).type();

        for (String json : new String[] {
                "{\"participantId\":\"prt-1\",\"occurredAt\":",
                "not json at all",
                "{\"participantId\":\"prt-1\",\"occurredAt\":\"last Tuesday\"}",
                "[\"prt-1\"]"}) {
            assertThatThrownBy(() -> EventEnvelope.fromCloudEvent(event(erased, json)))
                    .as(json).isInstanceOf(UnknownEventTypeException.class);
        }
        // a required list missing
        assertThatThrownBy(() -> EventEnvelope.fromCloudEvent(event(held, "{\"sessionId\":\"ses-1\"}")))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> EventEnvelope.fromCloudEvent(event(erased, null)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("no data");
    }

    private static CloudEvent event(String type, String json) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId("evt-1")
                .withSource(URI.create("/pairwise/profile-service"))
                .withType(type)
                .withTime(OffsetDateTime.parse("2026-03-02T09:15:00Z"));
        return json == null ? builder.build() : builder.withData(EventEnvelope.CONTENT_TYPE,
                json.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static URI source(EventType type) {
        return URI.create("/pairwise/" + type.topic().producer());
    }

    private static byte[] serialize(EventType type, CloudEvent event, Headers headers) {
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY), false);
            return serializer.serialize(type.topic().topicName(), headers, event);
        }
    }

    private static CloudEvent deserialize(EventType type, byte[] value, Headers headers) {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return deserializer.deserialize(type.topic().topicName(), headers, value);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
