package io.pairwise.analytics.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.analytics.domain.Rebuild;
import io.pairwise.analytics.persistence.Generations;
import io.pairwise.analytics.persistence.MongoRebuilds;
import io.pairwise.analytics.persistence.Projector;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.platform.messaging.EventsProperties;
import io.pairwise.platform.web.ConflictException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projections from offset zero: its own consumer (no group, partitions assigned by
 * hand) reads every subscribed topic from the beginning up to the end offsets found at the start,
 * into a fresh generation, which is then swapped in. Live consumption goes on meanwhile and writes to
 * both generations (see {@link LiveProjection}).
 */
@Component
public class Rebuilder {

    private static final Logger log = LoggerFactory.getLogger(Rebuilder.class);
    /** A running rebuild without progress for this long is taken to have died with its process. */
    static final Duration STALE = Duration.ofMinutes(2);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final ConsumerFactory<String, byte[]> consumers;
    private final EventsProperties events;
    private final Generations generations;
    private final Projector projector;
    private final MongoRebuilds rebuilds;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("analytics-rebuild").daemon().factory());

    @SuppressWarnings("unchecked")
    public Rebuilder(ConsumerFactory<?, ?> consumers, EventsProperties events, Generations generations,
                     Projector projector, MongoRebuilds rebuilds, Clock clock, MeterRegistry meters) {
        this.consumers = (ConsumerFactory<String, byte[]>) consumers;
        this.events = events;
        this.generations = generations;
        this.projector = projector;
        this.rebuilds = rebuilds;
        this.clock = clock;
        this.meters = meters;
    }

    /** Starts a rebuild in the background; refused while another one makes progress. */
    public Rebuild start(String requestedBy) {
        Integer generation = claimGeneration();
        Consumer<String, byte[]> consumer = null;
        try {
            // until every cached pointer names the new generation, live events could miss it
            Thread.sleep(Generations.POINTER_TTL.multipliedBy(2));
            Properties overrides = new Properties();
            overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
            consumer = consumers.createConsumer(null, "analytics-rebuild-" + generation, null, overrides);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : events.subscriptions()) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long total = partitions.stream().mapToLong(tp -> end.get(tp) - beginning.get(tp)).sum();
            Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), Rebuild.Status.RUNNING, generation, 0, total,
                    clock.instant(), null, requestedBy, null);
            rebuilds.insert(rebuild);
            log.info("Rebuild {} of generation {} started by {}: {} events on {} partitions", rebuild.id(), generation,
                    requestedBy, total, partitions.size());
            Consumer<String, byte[]> reader = consumer;
            runner.submit(() -> run(rebuild, reader, end));
            return rebuild;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generations.abandon(generation);
            throw new IllegalStateException("interrupted while starting a rebuild", e);
        } catch (RuntimeException e) {
            if (consumer != null) {
                consumer.close();
            }
            generations.abandon(generation);
            throw e;
        }
    }

    public Optional<Rebuild> find(String id) {
        return rebuilds.find(id);
    }

    public List<Rebuild> latest() {
        return rebuilds.latest(20);
    }

    private Integer claimGeneration() {
        Integer generation = generations.startRebuild();
        if (generation != null) {
            return generation;
        }
        Integer running = generations.pointer().rebuilding();
        if (running != null) {
            Instant heartbeat = rebuilds.heartbeatOf(running).orElse(Instant.EPOCH);
            if (heartbeat.isBefore(clock.instant().minus(STALE))) {
                log.warn("Rebuild of generation {} made no progress since {}; abandoning it", running, heartbeat);
                rebuilds.abandon(running, clock.instant(), "no progress for " + STALE.toMinutes() + " minutes");
                generations.abandon(running);
                generation = generations.startRebuild();
            }
        }
        if (generation == null) {
            throw new ConflictException("A rebuild is already running; follow its progress instead.");
        }
        return generation;
    }

    private void run(Rebuild rebuild, Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        long read = 0;
        long unreadable = 0;
        Instant started = clock.instant();
        try (consumer; CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            deserializer.configure(Map.of(), false);
            Instant reported = clock.instant();
            while (!caughtUp(consumer, end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // after the start: live consumption writes it into this generation too
                    }
                    read++;
                    EventEnvelope envelope = read(deserializer, record);
                    if (envelope == null) {
                        unreadable++;
                    } else if (envelope.time() != null && Projector.PROJECTED.contains(envelope.data().getClass())) {
                        projector.apply(envelope, rebuild.generation());
                    }
                }
                if (Duration.between(reported, clock.instant()).compareTo(PROGRESS_EVERY) >= 0) {
                    rebuilds.progress(rebuild.id(), read, clock.instant());
                    reported = clock.instant();
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("the service is stopping");
                }
            }
            if (!generations.swap(rebuild.generation())) {
                throw new IllegalStateException("generation " + rebuild.generation() + " was abandoned meanwhile");
            }
            rebuilds.finish(rebuild.id(), Rebuild.Status.COMPLETED, read, clock.instant(), null);
            meters.counter("pairwise.analytics.rebuilds", "outcome", "completed").increment();
            log.info("Rebuild {} swapped in generation {}: {} events ({} unreadable) in {} ms", rebuild.id(),
                    rebuild.generation(), read, unreadable, Duration.between(started, clock.instant()).toMillis());
        } catch (RuntimeException e) {
            log.error("Rebuild {} of generation {} failed after {} events", rebuild.id(), rebuild.generation(), read, e);
            generations.abandon(rebuild.generation());
            rebuilds.finish(rebuild.id(), Rebuild.Status.FAILED, read, clock.instant(), e.getMessage());
            meters.counter("pairwise.analytics.rebuilds", "outcome", "failed").increment();
        }
    }

    /** Unreadable records were dead-lettered by live consumption already; a rebuild only counts them. */
    private static EventEnvelope read(CloudEventDeserializer deserializer, ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = deserializer.deserialize(record.topic(), record.headers(), record.value());
            return event == null ? null : EventEnvelope.fromCloudEvent(event);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean caughtUp(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
