package io.pairwise.platform;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.platform.messaging.DeadLetterController;
import io.pairwise.platform.messaging.EventHandler;
import io.pairwise.platform.messaging.EventHandlers;
import io.pairwise.platform.messaging.EventProcessor;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.platform.messaging.EventsProperties;
import io.pairwise.platform.messaging.PoisonEventException;
import io.pairwise.platform.messaging.ProcessedEvents;
import io.pairwise.platform.messaging.UnreadableEventException;
import io.pairwise.contracts.UnknownEventTypeException;
import io.pairwise.platform.observability.RequestContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka for a service: a CloudEvents producer (idempotent, acks=all), a consumer of raw records that
 * the kit reads as CloudEvents, retries with back-off, and a dead-letter topic per consumer group.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = PlatformAutoConfiguration.class)
@EnableConfigurationProperties(EventsProperties.class)
public class PlatformKafkaAutoConfiguration {

    @Bean
    @Primary
    ProducerFactory<String, CloudEvent> eventProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(CloudEventSerializer.ENCODING_CONFIG, "BINARY");
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    @Primary
    KafkaTemplate<String, CloudEvent> eventTemplate(ProducerFactory<String, CloudEvent> eventProducerFactory,
                                                     KafkaProperties kafka) {
        KafkaTemplate<String, CloudEvent> template = new KafkaTemplate<>(eventProducerFactory);
        template.setObservationEnabled(kafka.getTemplate().isObservationEnabled());
        return template;
    }

    /** Dead letters keep the original bytes and headers, whatever was wrong with them. */
    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate, EventsProperties events,
                                          MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, failure) -> new TopicPartition(events.deadLetterTopic(), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(events.maxRetries());
        backOff.setInitialInterval(events.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(events.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            meters.counter("pairwise.events.dead_lettered", "topic", record.topic()).increment();
            deadLetters.accept(record, failure);
        }, backOff);
        // No amount of retrying makes these readable: straight to the dead-letter topic.
        handler.addNotRetryableExceptions(UnknownEventTypeException.class, UnreadableEventException.class,
                PoisonEventException.class);
        // A store that is away fails every event alike: the record is retried until the store answers rather
        // than dead-lettering everything that arrives meanwhile, and the partition goes on where it stopped.
        handler.setBackOffFunction((record, failure) -> storeUnavailable(failure)
                ? new FixedBackOff(events.maxBackoff().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }

    static boolean storeUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException || cause instanceof MongoNotPrimaryException
                    || cause instanceof MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(EventsProperties events) {
        List<NewTopic> topics = new ArrayList<>();
        if (events.publishes() != null) {
            topics.add(new NewTopic(events.publishes().topicName(), events.partitions(), events.replicas()));
        }
        if (!events.subscriptions().isEmpty()) {
            topics.add(new NewTopic(events.deadLetterTopic(), events.partitions(), events.replicas()));
            // Consumers may start before the producer has created its topic.
            for (String subscribed : events.subscriptions()) {
                topics.add(new NewTopic(subscribed, events.partitions(), events.replicas()));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean
    EventHandlers eventHandlers(List<EventHandler<?>> handlers) {
        return new EventHandlers(handlers);
    }

    @Bean
    EventProcessor eventProcessor(EventHandlers handlers, ProcessedEvents processed, RequestContext requestContext,
                                  MeterRegistry meters) {
        return new EventProcessor(handlers, processed, requestContext, meters);
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    EventSubscription eventSubscription(ConcurrentKafkaListenerContainerFactory<?, ?> factory, EventsProperties events,
                                        EventProcessor processor) {
        return new EventSubscription((ConcurrentKafkaListenerContainerFactory) factory, events, processor);
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    DeadLetterController deadLetterController(ConsumerFactory<?, ?> consumers, EventsProperties events,
                                              EventProcessor processor, MongoTemplate mongo, Clock clock) {
        return new DeadLetterController((ConsumerFactory) consumers, events, processor, mongo, clock);
    }

}
