package io.pairwise.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.Topic;
import io.pairwise.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Everything published on the profile topic of the test broker, read from the beginning by one
 * background consumer per test JVM. Every event a test gets from here has passed its type's JSON Schema.
 */
public final class ProfileTopic {

    /** One record: its CloudEvents type and id, its key and its data as it is on the wire. */
    public record Event(String type, String id, String key, byte[] data) {

        public tools.jackson.databind.JsonNode json() {
            return ProfileIntegrationTest.JSON.readTree(data);
        }

        public String shortType() {
            return type.substring("pairwise.profile.".length(), type.length() - ".v1".length());
        }
    }

    private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    private static boolean started;

    private ProfileTopic() {
    }

    /** Waits until the aggregate has at least {@code count} events; returns all of them in order, schema-checked. */
    public static List<Event> await(String key, int count) {
        return awaitUntil(key, events -> events.size() >= count);
    }

    public static List<Event> awaitUntil(String key, Predicate<List<Event>> done) {
        start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> done.test(of(key)));
        List<Event> events = of(key);
        events.forEach(event -> assertThat(EventSchemas.validate(event.type(), event.data()))
                .as("%s %s against its schema", event.type(), event.id()).isEmpty());
        return events;
    }

    /** The aggregate's events seen so far. */
    public static List<Event> of(String key) {
        start();
        return EVENTS.stream().filter(event -> key.equals(event.key())).toList();
    }

    public static List<String> types(List<Event> events) {
        return events.stream().map(Event::shortType).toList();
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread.ofPlatform().daemon().name("profile-topic-reader").start(ProfileTopic::read);
    }

    private static void read() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "profile-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                partitions = consumer.partitionsFor(Topic.PROFILE.topicName(), Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    EVENTS.add(new Event(header(record, "ce_type"), header(record, "ce_id"), record.key(), record.value()));
                }
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
