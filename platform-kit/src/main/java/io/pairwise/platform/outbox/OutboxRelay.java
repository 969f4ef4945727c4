package io.pairwise.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.EventJson;
import io.pairwise.contracts.EventType;
import io.pairwise.platform.observability.RequestContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox entries and then removes them from their aggregate. The order is publish first,
 * remove second: a crash in between publishes the entry again with the same id (consumers are
 * idempotent on it), so nothing is ever lost. An instance claims one aggregate at a time with a lease
 * field on its document, so several instances share the work and each aggregate's events go out in
 * the order they were written.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASE_OWNER = "outboxLeaseOwner";
    static final String LEASE_UNTIL = "outboxLeaseUntil";
    private static final List<String> DUE_STATES = List.of(OutboxStatus.PENDING.name(), OutboxStatus.RESUBMITTED.name());

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final URI source;
    private final RequestContext requestContext;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String owner;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties,
                       URI source, RequestContext requestContext, MeterRegistry meters, Clock clock, String owner) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        this.requestContext = requestContext;
        this.meters = meters;
        this.clock = clock;
        this.owner = owner;
    }

    /** Asks the relay to look now instead of at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * One pass over every outbox collection: claims due aggregates one by one and publishes their
     * entries. Returns how many entries were published.
     */
    public int relayOnce() {
        int published = 0;
        for (String collectionName : properties.collections()) {
            MongoCollection<Document> collection = mongo.getCollection(collectionName);
            // An aggregate that failed in this pass waits for its back-off, not for the next loop turn.
            List<Object> failedThisPass = new ArrayList<>();
            for (int i = 0; i < properties.batchSize(); i++) {
                Document claimed = claim(collection, failedThisPass);
                if (claimed == null) {
                    break;
                }
                Outcome outcome = publish(collection, claimed);
                published += outcome.published();
                if (outcome.failed()) {
                    failedThisPass.add(claimed.get("_id"));
                }
            }
        }
        return published;
    }

    private Document claim(MongoCollection<Document> collection, List<Object> skipped) {
        Date now = Date.from(clock.instant());
        // Published entries are removed, so the head of the array is always the next one to go out.
        Bson due = Filters.and(
                Filters.in(Outbox.FIELD + "." + OutboxEntry.FIELD_STATUS, DUE_STATES),
                Filters.in(Outbox.FIELD + ".0." + OutboxEntry.FIELD_STATUS, DUE_STATES),
                Filters.lte(Outbox.FIELD + ".0." + OutboxEntry.FIELD_NEXT_ATTEMPT, now),
                Filters.or(Filters.eq(LEASE_UNTIL, null), Filters.lt(LEASE_UNTIL, now)),
                Filters.nin("_id", skipped));
        Bson lease = Updates.combine(Updates.set(LEASE_OWNER, owner),
                Updates.set(LEASE_UNTIL, Date.from(clock.instant().plus(properties.lease()))));
        return collection.findOneAndUpdate(due, lease,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(new Document(Outbox.FIELD, 1).append(LEASE_OWNER, 1)));
    }

    private record Outcome(int published, boolean failed) {
    }

    /** Publishes the claimed aggregate's due entries in order, up to the first failure. */
    private Outcome publish(MongoCollection<Document> collection, Document aggregate) {
        Object aggregateKey = aggregate.get("_id");
        int published = 0;
        try {
            for (Document stored : aggregate.getList(Outbox.FIELD, Document.class)) {
                OutboxEntry entry = mongo.getConverter().read(OutboxEntry.class, stored);
                if (!entry.isDue(clock.instant())) {
                    break; // keeps the aggregate's order: nothing overtakes a waiting or failed entry
                }
                try {
                    send(entry);
                } catch (Exception e) {
                    recordFailure(collection, aggregateKey, entry, e);
                    return new Outcome(published, true);
                }
                collection.updateOne(Filters.eq("_id", aggregateKey),
                        Updates.pull(Outbox.FIELD, new Document(OutboxEntry.FIELD_ID, entry.eventId())));
                published++;
            }
        } finally {
            collection.updateOne(Filters.and(Filters.eq("_id", aggregateKey), Filters.eq(LEASE_OWNER, owner)),
                    Updates.combine(Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL)));
        }
        return new Outcome(published, false);
    }

    private void send(OutboxEntry entry) throws Exception {
        EventType type = EventCatalog.byType(entry.type())
                .orElseThrow(() -> new IllegalStateException("outbox holds unknown event type " + entry.type()));
        EventEnvelope envelope = new EventEnvelope(entry.eventId(), source, entry.occurredAt(),
                EventJson.read(entry.data().getBytes(StandardCharsets.UTF_8), type.payload()),
                entry.traceparent(), entry.correlationId());
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(type.topic().topicName(), entry.aggregateId(),
                envelope.toCloudEvent());
        requestContext.within("outbox publish " + type.type(), entry.traceparent(), entry.correlationId(), () -> {
            try {
                return kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new OutboxPublishException(e);
            }
        });
        meters.counter("pairwise.outbox.published", "type", type.type()).increment();
        Timer.builder("pairwise.outbox.lag").description("Time from the state change to its event being on Kafka")
                .register(meters).record(Duration.between(entry.occurredAt(), clock.instant()));
    }

    private void recordFailure(MongoCollection<Document> collection, Object aggregateKey, OutboxEntry entry, Exception e) {
        int attempts = entry.attempts() + 1;
        // An unreachable or slow broker is waited out, however long: the entry goes out when it is back.
        // Only what no retry will fix (too large, refused, unknown type) waits for an operator.
        boolean failed = !brokerUnavailable(e) && attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempts));
        String reason = rootMessage(e);
        log.warn("Publishing event {} ({}) failed, attempt {}{}: {}", entry.eventId(), entry.type(), attempts,
                failed ? ", giving up until resubmitted" : "", reason);
        meters.counter("pairwise.outbox.failures", "type", entry.type(), "final", Boolean.toString(failed)).increment();
        String element = Outbox.FIELD + ".$.";
        collection.updateOne(
                Filters.and(Filters.eq("_id", aggregateKey), Filters.eq(Outbox.FIELD + "." + OutboxEntry.FIELD_ID, entry.eventId())),
                Updates.combine(
                        Updates.set(element + "attempts", attempts),
                        Updates.set(element + OutboxEntry.FIELD_NEXT_ATTEMPT, Date.from(next)),
                        Updates.set(element + "lastError", reason),
                        Updates.set(element + OutboxEntry.FIELD_STATUS, failed ? OutboxStatus.FAILED.name() : entry.status().name())));
    }

    /** Kafka's retriable errors (timeouts, no leader, network) or our own send timeout, anywhere in the causes. */
    static boolean brokerUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = properties.initialBackoff().multipliedBy(factor);
        return delay.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : delay;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    void ensureIndexes() {
        for (String collection : properties.collections()) {
            mongo.getCollection(collection).createIndex(Indexes.ascending(Outbox.FIELD + "." + OutboxEntry.FIELD_STATUS));
        }
    }

    @Override
    public void start() {
        ensureIndexes();
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    private void loop() {
        while (running) {
            int published = 0;
            try {
                published = relayOnce();
            } catch (RuntimeException e) {
                // The store or broker is away; the next pass retries, entries stay pending meanwhile.
                log.warn("Outbox pass failed: {}", rootMessage(e));
            }
            if (published == 0) {
                try {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Kafka producer and Mongo client close, so an in-flight publish completes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    static final class OutboxPublishException extends RuntimeException {
        OutboxPublishException(Throwable cause) {
            super(cause);
        }
    }
}
