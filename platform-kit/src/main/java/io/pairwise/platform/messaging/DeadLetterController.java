package io.pairwise.platform.messaging;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lists this service's dead letters and replays one through its own handlers. Replaying locally,
 * rather than writing back to the producer's topic, keeps every topic with its one writer.
 */
@RestController
@RequestMapping("/admin/dead-letters")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Operations: dead letters")
public class DeadLetterController {

    private static final String REPLAYS = "dead_letter_replays";
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<String, byte[]> consumers;
    private final EventsProperties properties;
    private final EventProcessor processor;
    private final MongoTemplate mongo;
    private final Clock clock;

    public DeadLetterController(ConsumerFactory<String, byte[]> consumers, EventsProperties properties,
                                EventProcessor processor, MongoTemplate mongo, Clock clock) {
        this.consumers = consumers;
        this.properties = properties;
        this.processor = processor;
        this.mongo = mongo;
        this.clock = clock;
    }

    public record DeadLetter(int partition, long offset, String key, Instant timestamp, String eventId, String eventType,
                             String originalTopic, String exception, String message, Instant replayedAt) {
    }

    @GetMapping
    @Operation(summary = "Records this service could not process, oldest first")
    public List<DeadLetter> list(@RequestParam(defaultValue = "100") int limit) {
        int max = Math.clamp(limit, 1, 1000);
        List<DeadLetter> letters = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = adminConsumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (letters.size() < max && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (letters.size() < max) {
                        letters.add(describe(record));
                    }
                }
            }
        }
        return letters;
    }

    @PostMapping("/{partition}/{offset}/replay")
    @Operation(summary = "Runs one dead letter through this service's handlers again (after a fix)")
    public DeadLetter replay(@PathVariable int partition, @PathVariable long offset) {
        String replayId = partition + "-" + offset;
        if (mongo.getCollection(REPLAYS).find(Filters.eq("_id", replayId)).first() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "dead letter " + replayId + " was already replayed");
        }
        ConsumerRecord<String, byte[]> record = fetch(partition, offset);
        try {
            processor.process(record);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "replay of dead letter " + replayId + " failed again: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        mongo.getCollection(REPLAYS).replaceOne(Filters.eq("_id", replayId),
                new Document("_id", replayId).append("replayedAt", Date.from(now)), new ReplaceOptions().upsert(true));
        DeadLetter letter = describe(record);
        return new DeadLetter(letter.partition(), letter.offset(), letter.key(), letter.timestamp(), letter.eventId(),
                letter.eventType(), letter.originalTopic(), letter.exception(), letter.message(), now);
    }

    private ConsumerRecord<String, byte[]> fetch(int partition, long offset) {
        try (Consumer<String, byte[]> consumer = adminConsumer()) {
            TopicPartition tp = new TopicPartition(properties.deadLetterTopic(), partition);
            if (!partitions(consumer).contains(tp)) {
                throw new ResourceNotFoundException("dead-letter partition", String.valueOf(partition));
            }
            consumer.assign(List.of(tp));
            if (offset >= consumer.endOffsets(List.of(tp)).get(tp)) {
                throw new ResourceNotFoundException("dead letter", partition + "-" + offset);
            }
            consumer.seek(tp, offset);
            for (int attempt = 0; attempt < 20; attempt++) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new ResourceNotFoundException("dead letter", partition + "-" + offset);
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
        return consumer.partitionsFor(properties.deadLetterTopic(), Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private Consumer<String, byte[]> adminConsumer() {
        // Reads by assignment and never commits: the group id only names the client.
        return consumers.createConsumer(properties.consumerGroup() + "-dead-letter-admin", null, null,
                propertiesOf(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")));
    }

    private DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        Document replay = mongo.getCollection(REPLAYS).find(Filters.eq("_id", record.partition() + "-" + record.offset())).first();
        return new DeadLetter(record.partition(), record.offset(), record.key(), Instant.ofEpochMilli(record.timestamp()),
                header(record, "ce_id"), header(record, "ce_type"), header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                header(record, KafkaHeaders.DLT_EXCEPTION_FQCN), header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                replay == null ? null : replay.getDate("replayedAt").toInstant());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static java.util.Properties propertiesOf(Map<String, String> values) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(values);
        return properties;
    }
}
