package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventType;
import io.pairwise.contracts.Topic;
import io.pairwise.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything this service publishes, read back from the real broker by one background consumer per
 * test JVM and grouped by record key (the notification id). Each record is checked on arrival: the
 * CloudEvents headers fit the catalogue and the value is valid against its type's JSON Schema.
 */
final class PublishedEvents {

    /** One record as consumers see it; {@code problems} lists every header or schema violation. */
    record Published(String type, String id, String key, JsonNode data, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats (date-time, date) are annotations only in 2020-12 unless asserted.
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> BY_TYPE = new ConcurrentHashMap<>();
    private static final Map<String, List<Published>> BY_KEY = new ConcurrentHashMap<>();
    private static Thread reader;

    private PublishedEvents() {
    }

    static synchronized void start() {
        if (reader != null) {
            return;
        }
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notification-events-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer());
        reader = Thread.ofPlatform().daemon().name("published-notification-events").start(() -> {
            String topic = Topic.NOTIFICATION.topicName();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    BY_KEY.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>()).add(check(record));
                }
            }
        });
    }

    /** What was published for one notification so far, in publication order. */
    static List<Published> of(String notificationId) {
        return List.copyOf(BY_KEY.getOrDefault(notificationId, List.of()));
    }

    static List<Published> of(String notificationId, String typeSuffix) {
        return of(notificationId).stream().filter(p -> p.type().endsWith(typeSuffix)).toList();
    }

    private static Published check(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        List<String> problems = new CopyOnWriteArrayList<>();
        JsonNode data;
        try {
            data = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Published(type, header(record, "ce_id"), record.key(), null, List.of("value is not JSON"));
        }
        EventType eventType = EventCatalog.byType(type).orElse(null);
        if (eventType == null || eventType.topic() != Topic.NOTIFICATION) {
            problems.add("type " + type + " is not a notification event");
        } else {
            schema(eventType).validate(data).forEach(message -> problems.add(message.getMessage()));
            expect(problems, "ce_dataschema", eventType.schemaUri().toString(), header(record, "ce_dataschema"));
        }
        expect(problems, "ce_specversion", "1.0", header(record, "ce_specversion"));
        expect(problems, "ce_source", "/pairwise/notification-service", header(record, "ce_source"));
        expect(problems, "ce_subject", record.key(), header(record, "ce_subject"));
        expect(problems, "ce_partitionkey", record.key(), header(record, "ce_partitionkey"));
        expect(problems, "notificationId", record.key(), data.path("notificationId").asText());
        return new Published(type, header(record, "ce_id"), record.key(), data, List.copyOf(problems));
    }

    private static void expect(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + " is " + actual + ", expected " + expected);
        }
    }

    private static JsonSchema schema(EventType type) {
        return BY_TYPE.computeIfAbsent(type.type(), t -> {
            try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
                assertThat(in).as("schema of " + t).isNotNull();
                return SCHEMAS.getSchema(JSON.readTree(in), STRICT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
