package io.pairwise.platform.messaging;

import io.pairwise.contracts.Topic;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consumerGroup  this service's consumer group; its dead letters go to {@code <group>.dlt}
 * @param subscriptions  topics this service consumes (none: no listener is started)
 * @param publishes      the topic this service is the one writer of, created on start-up
 * @param replicas       replication factor of the topics it creates (1 on a single local broker)
 * @param maxRetries     retries of a failing event before it is dead-lettered
 */
@ConfigurationProperties("pairwise.events")
public record EventsProperties(String consumerGroup, List<String> subscriptions, Topic publishes, int partitions,
                               short replicas, int concurrency, Integer maxRetries, Duration initialBackoff,
                               Duration maxBackoff) {

    public EventsProperties {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        partitions = partitions <= 0 ? 3 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        concurrency = concurrency <= 0 ? 1 : concurrency;
        maxRetries = maxRetries == null || maxRetries < 0 ? 3 : maxRetries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
    }

    public String deadLetterTopic() {
        return Topic.deadLetterTopic(consumerGroup);
    }
}
