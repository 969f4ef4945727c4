package io.pairwise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pairwise.contracts.EventJson;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.platform.KitTestApplication.ClosureHandler;
import io.pairwise.platform.KitTestApplication.ErasureHandler;
import io.pairwise.platform.KitTestApplication.Widget;
import io.pairwise.platform.observability.RequestContext;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.platform.outbox.OutboxEntry;
import io.pairwise.platform.outbox.OutboxProperties;
import io.pairwise.platform.outbox.OutboxRelay;
import io.pairwise.platform.outbox.OutboxStatus;
import io.pairwise.testsupport.TestInfrastructure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class OutboxIT extends KitIntegrationTest {

    private static final String TOPIC = Topic.PROFILE.topicName();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    KafkaTemplate<String, CloudEvent> eventTemplate;
    @Autowired
    RequestContext requestContext;
    @Autowired
    ErasureHandler erasures;
    @Autowired
    ClosureHandler closures;

    @Test
    void publishesTheEventWrittenWithTheStateChangeAsACloudEvent() throws Exception {
        var response = call("POST", "/api/v1/widgets", token("ada", "PROGRAM_ADMIN"), "{\"name\":\"first\",\"size\":2}",
                Map.of("X-Correlation-Id", "corr-outbox-1"));
        assertThat(response.statusCode()).isEqualTo(201);
        String id = response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        List<ConsumerRecord<String, byte[]>> records = readTopic(TOPIC,
                found -> found.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();

        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("pairwise.profile.program-closed.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/pairwise/kit-test");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_partitionkey")).isEqualTo(id);
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-outbox-1");
        assertThat(header(record, "ce_id")).isNotBlank();
        // The request's trace continues on Kafka: the record carries a W3C traceparent of the same trace.
        String traceparent = header(record, "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(header(record, "ce_traceparent")).startsWith(traceparent.substring(0, 36));
        ProgramClosed event = EventJson.read(record.value(), ProgramClosed.class);
        assertThat(event.programId()).isEqualTo(id);
        assertThat(event.closedBy()).isEqualTo("first");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.findById(id, Widget.class).outbox().isEmpty());
        // The consumer handled it inside the same trace, with the request's correlation id in its logs.
        await().atMost(Duration.ofSeconds(30)).until(() -> closures.traceIds.containsKey(id));
        assertThat(closures.traceIds.get(id)).isEqualTo(traceparent.substring(3, 35));
        assertThat(closures.correlationIds.get(id)).isEqualTo("corr-outbox-1");
    }

    @Test
    void aCrashBetweenPublishAndMarkRepublishesTheSameEventAndTheConsumerHandlesItOnce() {
        relay.stop(); // this test drives the relay by hand
        try {
            String participant = "crash-" + UUID.randomUUID();
            String aggregate = UUID.randomUUID().toString();
            List<OutboxEntry> entries = outbox.entries(new ParticipantErased(participant, Instant.now()));
            mongo.insert(new Widget(aggregate, "crash", 1, new ArrayList<>(entries)));

            assertThat(relay.relayOnce()).isEqualTo(1);
            // The process died after Kafka acknowledged and before the entry was removed: it is still there.
            mongo.save(new Widget(aggregate, "crash", 1, new ArrayList<>(entries)));
            assertThat(relay.relayOnce()).isEqualTo(1);

            String eventId = entries.getFirst().eventId();
            List<ConsumerRecord<String, byte[]>> copies = readTopic(TOPIC,
                    found -> found.stream().filter(r -> eventId.equals(header(r, "ce_id"))).count() == 2,
                    Duration.ofSeconds(30)).stream().filter(r -> eventId.equals(header(r, "ce_id"))).toList();
            assertThat(copies).as("published at least once, here twice with one id").hasSize(2);

            await().atMost(Duration.ofSeconds(30)).until(() -> erasures.handled.contains(participant));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> erasures.handled.stream().filter(participant::equals).count() == 1);
            assertThat(mongo.findById(aggregate, Widget.class).outbox()).isEmpty();
        } finally {
            relay.start();
        }
    }

    @Test
    void twoRelayInstancesPublishEveryEventOnceInOrderPerAggregate() {
        relay.stop();
        try {
            OutboxProperties properties = new OutboxProperties(List.of("widgets"), Duration.ofMillis(50),
                    Duration.ofSeconds(30), 20, 5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10));
            OutboxRelay first = newRelay(properties, eventTemplate, "first");
            OutboxRelay second = newRelay(properties, eventTemplate, "second");
            String run = UUID.randomUUID().toString().substring(0, 8);
            int aggregates = 60;
            int perAggregate = 3;
            for (int a = 0; a < aggregates; a++) {
                String programId = run + "-" + a;
                List<OutboxEntry> entries = outbox.entries(IntStream.range(0, perAggregate)
                        .mapToObj(seq -> new ProgramClosed(programId, "seq-" + seq, Instant.now())).toList());
                mongo.insert(new Widget(programId, "multi", 1, new ArrayList<>(entries)));
            }

            var firstRun = CompletableFuture.supplyAsync(() -> drain(first));
            var secondRun = CompletableFuture.supplyAsync(() -> drain(second));
            int published = firstRun.join() + secondRun.join();
            assertThat(published).isEqualTo(aggregates * perAggregate);

            List<ConsumerRecord<String, byte[]>> mine = readTopic(TOPIC,
                    found -> found.stream().filter(r -> r.key() != null && r.key().startsWith(run)).count()
                            >= aggregates * perAggregate, Duration.ofSeconds(60))
                    .stream().filter(r -> r.key() != null && r.key().startsWith(run)).toList();
            assertThat(mine).hasSize(aggregates * perAggregate);
            assertThat(mine.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet())).hasSize(aggregates * perAggregate);
            Map<String, List<String>> orderPerAggregate = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : mine) {
                orderPerAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(EventJson.read(record.value(), ProgramClosed.class).closedBy());
            }
            assertThat(orderPerAggregate).hasSize(aggregates)
                    .allSatisfy((key, order) -> assertThat(order).containsExactly("seq-0", "seq-1", "seq-2"));
        } finally {
            relay.start();
        }
    }

    @Test
    void anEventWaitsOutABrokerOutageWithoutLimitAndGoesOutWhenTheBrokerIsBack() throws Exception {
        relay.stop();
        String aggregate = UUID.randomUUID().toString();
        String eventId;
        try {
            KafkaTemplate<String, CloudEvent> deadBroker = producer(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1", ProducerConfig.MAX_BLOCK_MS_CONFIG, 500));
            OutboxRelay waiting = newRelay(new OutboxProperties(List.of("widgets"), Duration.ofMillis(50),
                    Duration.ofSeconds(30), 10, 2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)), deadBroker, "waiting");
            List<OutboxEntry> entries = outbox.entries(new ProgramClosed(aggregate, "patient", Instant.now()));
            eventId = entries.getFirst().eventId();
            mongo.insert(new Widget(aggregate, "patient", 1, new ArrayList<>(entries)));

            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(waiting.relayOnce()).isZero();
            }
            OutboxEntry pending = mongo.findById(aggregate, Widget.class).outbox().getFirst();
            assertThat(pending.attempts()).as("more attempts than max-attempts").isEqualTo(3);
            assertThat(pending.status()).as("an outage is not the event's fault").isEqualTo(OutboxStatus.PENDING);
            assertThat(pending.lastError()).contains("TimeoutException");
            deadBroker.destroy();
        } finally {
            relay.start();
        }
        // The broker is back (the healthy relay's): the entry goes out without an operator.
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(aggregate, Widget.class).outbox().isEmpty());
        assertThat(readTopic(TOPIC, found -> found.stream().anyMatch(r -> eventId.equals(header(r, "ce_id"))),
                Duration.ofSeconds(30))).anyMatch(r -> eventId.equals(header(r, "ce_id")));
    }

    @Test
    void anEventTheBrokerRefusesIsMarkedFailedAndGoesOutAfterResubmission() throws Exception {
        relay.stop();
        String eventId;
        String aggregate = UUID.randomUUID().toString();
        try {
            // A producer whose records may be 64 bytes at most: every event is too large, which no retry fixes.
            KafkaTemplate<String, CloudEvent> refusing = producer(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64));
            OutboxProperties twoAttempts = new OutboxProperties(List.of("widgets"), Duration.ofMillis(50),
                    Duration.ofSeconds(30), 10, 2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));
            OutboxRelay failing = newRelay(twoAttempts, refusing, "failing");
            List<OutboxEntry> entries = outbox.entries(new ProgramClosed(aggregate, "unlucky", Instant.now()));
            eventId = entries.getFirst().eventId();
            mongo.insert(new Widget(aggregate, "unlucky", 1, new ArrayList<>(entries)));

            assertThat(failing.relayOnce()).isZero();
            assertThat(mongo.findById(aggregate, Widget.class).outbox().getFirst().status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(failing.relayOnce()).isZero();
            OutboxEntry failed = mongo.findById(aggregate, Widget.class).outbox().getFirst();
            assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(2);
            assertThat(failed.lastError()).contains("RecordTooLargeException");
            refusing.destroy();
        } finally {
            relay.start();
        }
        // The healthy relay leaves a failed entry alone until an operator resubmits it.
        var listed = call("GET", "/admin/outbox?status=FAILED", token("ops", "OPERATOR"), null, Map.of());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(eventId).contains("FAILED");
        assertThat(call("POST", "/admin/outbox/" + eventId + "/resubmit", token("ada", "PROGRAM_ADMIN"), null, Map.of())
                .statusCode()).isEqualTo(403);

        var resubmitted = call("POST", "/admin/outbox/" + eventId + "/resubmit", token("ops", "OPERATOR"), null, Map.of());
        assertThat(resubmitted.statusCode()).isEqualTo(200);
        assertThat(resubmitted.body()).contains("RESUBMITTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(aggregate, Widget.class).outbox().isEmpty());
        assertThat(readTopic(TOPIC, found -> found.stream().anyMatch(r -> eventId.equals(header(r, "ce_id"))),
                Duration.ofSeconds(30))).anyMatch(r -> eventId.equals(header(r, "ce_id")));
        assertThat(call("POST", "/admin/outbox/" + eventId + "/resubmit", token("ops", "OPERATOR"), null, Map.of())
                .statusCode()).isEqualTo(404);
    }

    private static KafkaTemplate<String, CloudEvent> producer(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    private int drain(OutboxRelay instance) {
        int total = 0;
        int idle = 0;
        while (idle < 3) {
            int published = instance.relayOnce();
            total += published;
            idle = published == 0 ? idle + 1 : 0;
        }
        return total;
    }

    private OutboxRelay newRelay(OutboxProperties properties, KafkaTemplate<String, CloudEvent> template, String owner) {
        return new OutboxRelay(mongo, template, properties, URI.create("/pairwise/kit-test"), requestContext,
                new SimpleMeterRegistry(), Clock.systemUTC(), owner + "-" + UUID.randomUUID());
    }

}
