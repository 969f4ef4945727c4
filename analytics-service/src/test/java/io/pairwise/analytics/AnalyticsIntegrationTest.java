package io.pairwise.analytics;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.ServiceIntegrationTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * One application context for the analytics integration tests, on the real broker and store, with
 * real tokens and the clock standing at {@link ProgramHistory#NOW} (fixed: the figures are computed for that day). Events go onto the topics exactly
 * as their producers publish them (CloudEvents envelope, record key = aggregate id). Its own consumer
 * group keeps it apart from the conformance test's context.
 */
@SpringBootTest(classes = {AnalyticsServiceApplication.class, AnalyticsIntegrationTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pairwise.events.consumer-group=analytics-service-it",
                "pairwise.analytics.gauges.initial-delay=PT1S", "pairwise.analytics.gauges.refresh=PT1S"})
abstract class AnalyticsIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    EventSubscription subscription;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(ProgramHistory.NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
    }

    // --- publishing as the producing services do ----------------------------------------------------------------

    static EventEnvelope envelope(DomainEvent event, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(),
                URI.create("/pairwise/" + EventCatalog.of(event.getClass()).topic().producer()), time, event, null,
                "it-" + UUID.randomUUID());
    }

    /** Publishes the steps in order and waits until the service has handled every one of them. */
    List<EventEnvelope> publishAndAwait(List<ProgramHistory.Step> steps) {
        List<EventEnvelope> envelopes = steps.stream().map(step -> envelope(step.event(), step.time())).toList();
        publishAll(envelopes);
        awaitProcessed(envelopes);
        return envelopes;
    }

    /** Waits until the kit has recorded every one of these events as processed. */
    void awaitProcessed(List<EventEnvelope> envelopes) {
        List<String> ids = envelopes.stream().map(EventEnvelope::id).toList();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                mongo.getCollection("processed_events").countDocuments(Filters.in("_id", ids)) == ids.size());
    }

    void publishAll(List<EventEnvelope> envelopes) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sent = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            sent.add(eventTemplate.send(new ProducerRecord<>(envelope.type().topic().topicName(),
                    envelope.data().aggregateId(), envelope.toCloudEvent())));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    /** Events consumed by this context with the outcome (handled, duplicate, skipped). */
    double consumed(String outcome) {
        return meters.find("pairwise.events.consumed").tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    void awaitConsumed(String outcome, double atLeast) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> consumed(outcome) >= atLeast);
    }

    // --- HTTP, with a raw token ------------------------------------------------------------------------------------

    Response fetch(String path, String token) {
        return call("GET", path, token, null, "application/json");
    }

    Response csv(String path, String token) {
        return call("GET", path, token, null, "text/csv");
    }
}
