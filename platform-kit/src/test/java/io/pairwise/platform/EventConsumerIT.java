package io.pairwise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.platform.KitTestApplication.ErasureHandler;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.platform.messaging.ProcessedEvents;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

class EventConsumerIT extends KitIntegrationTest {

    private static final String TOPIC = Topic.PROFILE.topicName();
    private static final String DEAD_LETTERS = "kit-test.dlt";

    @Autowired
    KafkaTemplate<String, CloudEvent> events;
    @Autowired
    KafkaTemplate<String, byte[]> deadLetterTemplate;
    @Autowired
    ErasureHandler erasures;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    EventSubscription subscription;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
    }

    @Test
    void aRedeliveredEventIsHandledOnce() throws Exception {
        String participant = "twice-" + UUID.randomUUID();
        EventEnvelope envelope = erasure(participant);
        send(envelope);
        send(envelope);
        String marker = "after-" + UUID.randomUUID();
        send(erasure(marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures.handled.contains(marker));
        assertThat(erasures.handled.stream().filter(participant::equals)).hasSize(1);
        assertThat(processed.contains(envelope.id())).isTrue();
    }

    @Test
    void aTransientFailureIsRetriedWithBackOffAndThenHandled() throws Exception {
        String participant = "flaky-" + UUID.randomUUID();
        EventEnvelope envelope = erasure(participant);
        send(envelope);

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures.handled.contains(participant));
        assertThat(erasures.attempts(envelope.id())).isEqualTo(3);
        assertThat(deadLetters()).noneMatch(r -> envelope.id().equals(header(r, "ce_id")));
    }

    @Test
    void anEventIsRetriedBeyondItsRetriesWhileTheStoreIsAwayAndHandledOnceItIsBack() throws Exception {
        String participant = "store-away-" + UUID.randomUUID();
        EventEnvelope envelope = erasure(participant);
        send(envelope);

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures.handled.contains(participant));
        assertThat(erasures.attempts(envelope.id())).as("more than the first try and three retries").isEqualTo(7);
        assertThat(erasures.handled.stream().filter(participant::equals)).hasSize(1);
        assertThat(deadLetters()).noneMatch(r -> envelope.id().equals(header(r, "ce_id")));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithTheFailureAndDoesNotBlockThePartition() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        deadLetterTemplate.send(new ProducerRecord<>(TOPIC, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        String after = "after-poison-" + UUID.randomUUID();
        // Same key, so the same partition: it must not be stuck behind the poison record.
        events.send(new ProducerRecord<>(TOPIC, key, erasure(after).toCloudEvent())).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures.handled.contains(after));
        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(r -> key.equals(r.key()));
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(failureClasses(letter)).contains("UnreadableEventException");
        assertThat(header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(header(letter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not a readable CloudEvent");
    }

    @Test
    void anEventOfAnUnknownTypeIsDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        CloudEvent unknown = CloudEventBuilder.v1().withId(id).withSource(URI.create("/elsewhere"))
                .withType("pairwise.profile.something-new.v9").withTime(OffsetDateTime.now())
                .withData("application/json", "{}".getBytes(StandardCharsets.UTF_8)).build();
        events.send(new ProducerRecord<>(TOPIC, "unknown", unknown)).get();

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(r -> id.equals(header(r, "ce_id")));
        assertThat(failureClasses(letter)).contains("UnknownEventTypeException");
        assertThat(header(letter, "ce_type")).isEqualTo("pairwise.profile.something-new.v9");
    }

    @Test
    void anEventThatKeepsFailingIsDeadLetteredAfterItsRetriesAndCanBeReplayedOnceFixed() throws Exception {
        String participant = "broken-" + UUID.randomUUID();
        EventEnvelope envelope = erasure(participant);
        send(envelope);
        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(r -> envelope.id().equals(header(r, "ce_id")));
        assertThat(erasures.attempts(envelope.id())).isEqualTo(4); // the first try and three retries
        assertThat(header(letter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("handler cannot process");

        var listed = call("GET", "/admin/dead-letters?limit=1000", token("ops", "OPERATOR"), null, Map.of());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(envelope.id()).contains("pairwise.profile.participant-erased.v1");
        assertThat(call("GET", "/admin/dead-letters", token("pat", "PARTICIPANT"), null, Map.of()).statusCode())
                .isEqualTo(403);

        String replayPath = "/admin/dead-letters/" + letter.partition() + "/" + letter.offset() + "/replay";
        var stillBroken = call("POST", replayPath, token("ops", "OPERATOR"), null, Map.of());
        assertThat(stillBroken.statusCode()).isEqualTo(422);
        assertThat(erasures.handled).doesNotContain(participant);

        erasures.fixed.add(participant);
        var replayed = call("POST", replayPath, token("ops", "OPERATOR"), null, Map.of());
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("replayedAt");
        assertThat(erasures.handled).containsOnlyOnce(participant);
        assertThat(call("POST", replayPath, token("ops", "OPERATOR"), null, Map.of()).statusCode()).isEqualTo(409);
    }

    /** The exception and its cause, as the dead-letter headers name them. */
    private static String failureClasses(ConsumerRecord<String, byte[]> letter) {
        return header(letter, KafkaHeaders.DLT_EXCEPTION_FQCN) + " " + header(letter, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
    }

    private EventEnvelope erasure(String participant) {
        return new EventEnvelope(UUID.randomUUID().toString(), URI.create("/pairwise/profile-service"), Instant.now(),
                new ParticipantErased(participant, Instant.now()), null, "corr-" + participant);
    }

    private void send(EventEnvelope envelope) throws Exception {
        events.send(new ProducerRecord<>(TOPIC, envelope.data().aggregateId(), envelope.toCloudEvent())).get();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        return readTopic(DEAD_LETTERS, found -> false, Duration.ofSeconds(2));
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(java.util.function.Predicate<ConsumerRecord<String, byte[]>> wanted) {
        return readTopic(DEAD_LETTERS, found -> found.stream().anyMatch(wanted), Duration.ofSeconds(45))
                .stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no such dead letter on " + DEAD_LETTERS));
    }
}
