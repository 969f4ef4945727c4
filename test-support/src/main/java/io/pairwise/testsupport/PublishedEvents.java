package io.pairwise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventType;
import io.pairwise.contracts.Topic;
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
 * Everything a service publishes on its topic, read back from the real broker by one background consumer
 * and grouped by record key (the aggregate id). Each record is checked on arrival: the CloudEvents headers
 * fit the catalogue and the topic's producer, and the value is valid against its type's JSON Schema.
 * A service's tests hold one instance in a static field, so the topic is read once per test JVM.
 */
public final class PublishedEvents {

    /** One record as consumers see it; {@code problems} lists every header or schema violation. */
    public record Published(String type, String id, String key, JsonNode data, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats (date-time, date) are annotations only in 2020-12 unless asserted.
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> BY_TYPE = new ConcurrentHashMap<>();

    private final Topic topic;
    private final String keyField;
    private final Map<String, List<Published>> byKey = new ConcurrentHashMap<>();
    private Thread reader;

    /**
     * @param topic    the service's own topic
     * @param keyField the field of every event's data that must equal the record key, e.g. {@code mentorshipId}
     */
    public PublishedEvents(Topic topic, String keyField) {
        this.topic = topic;
        this.keyField = keyField;
    }

    /** Starts reading the topic from its beginning, unless already reading. */
    public synchronized void start() {
        if (reader != null) {
            return;
        }
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, topic.topicName() + "-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer());
        reader = Thread.ofPlatform().daemon().name("published-" + topic.topicName()).start(() -> {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                partitions = consumer.partitionsFor(topic.topicName(), Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    byKey.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>()).add(check(record));
                }
            }
        });
    }

    /** What was published for one aggregate so far, in publication order. */
    public List<Published> of(String key) {
        return List.copyOf(byKey.getOrDefault(key, List.of()));
    }

    public List<Published> of(String key, String typeSuffix) {
        return of(key).stream().filter(p -> p.type().endsWith(typeSuffix)).toList();
    }

    /** Waits for {@code count} events of the type for the aggregate; each must be free of problems. */
    public List<Published> awaitValid(String key, String typeSuffix, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> of(key, typeSuffix).size() >= count);
        List<Published> events = of(key, typeSuffix);
        assertThat(events).allSatisfy(event -> assertThat(event.problems()).as(event.type()).isEmpty());
        return events;
    }

    private Published check(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        List<String> problems = new CopyOnWriteArrayList<>();
        JsonNode data;
        try {
            data = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Published(type, header(record, "ce_id"), record.key(), null, List.of("value is not JSON"));
        }
        EventType eventType = EventCatalog.byType(type).orElse(null);
        if (eventType == null || eventType.topic() != topic) {
            problems.add("type " + type + " is not an event of " + topic.topicName());
        } else {
            schema(eventType).validate(data).forEach(message -> problems.add(message.getMessage()));
            expect(problems, "ce_dataschema", eventType.schemaUri().toString(), header(record, "ce_dataschema"));
        }
        expect(problems, "ce_specversion", "1.0", header(record, "ce_specversion"));
        expect(problems, "ce_source", "/pairwise/" + topic.producer(), header(record, "ce_source"));
        expect(problems, "ce_subject", record.key(), header(record, "ce_subject"));
        expect(problems, "ce_partitionkey", record.key(), header(record, "ce_partitionkey"));
        expect(problems, keyField, record.key(), data.path(keyField).asText());
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
