package io.pairwise.platform;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.platform.observability.RequestContext;
import io.pairwise.platform.outbox.AggregateWrites;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.platform.outbox.OutboxAdminController;
import io.pairwise.platform.outbox.OutboxProperties;
import io.pairwise.platform.outbox.OutboxRelay;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The transactional outbox of a service that publishes events ({@code pairwise.outbox.collections}). */
@AutoConfiguration(after = PlatformKafkaAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> eventTemplate,
                            OutboxProperties properties, @Value("${spring.application.name}") String service,
                            RequestContext requestContext, MeterRegistry meters, Clock clock) {
        // Each instance owns its leases under its own name; a restarted instance is a new owner.
        String owner = service + "-" + UUID.randomUUID();
        return new OutboxRelay(mongo, eventTemplate, properties, URI.create("/pairwise/" + service), requestContext,
                meters, clock, owner);
    }

    @Bean
    Outbox outbox(Clock clock, RequestContext requestContext, OutboxRelay relay) {
        return new Outbox(clock, requestContext, relay);
    }

    @Bean
    AggregateWrites aggregateWrites(MongoTemplate mongo, Outbox outbox) {
        return new AggregateWrites(mongo, outbox);
    }

    @Bean
    OutboxAdminController outboxAdminController(MongoTemplate mongo, OutboxProperties properties, OutboxRelay relay,
                                                Clock clock) {
        return new OutboxAdminController(mongo, properties, relay, clock);
    }
}
