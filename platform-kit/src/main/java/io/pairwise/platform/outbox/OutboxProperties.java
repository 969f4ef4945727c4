package io.pairwise.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections  the collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for pending entries when nothing woke it
 * @param lease        how long one relay instance owns an aggregate's entries; a crashed owner's
 *                     lease simply runs out and another instance takes over
 * @param maxAttempts  publish attempts before an entry the broker refuses (too large, not authorised) is marked
 *                     failed for an operator; while the broker is unreachable an entry is retried without limit
 * @param sendTimeout  how long one publish may wait for the broker's acknowledgement
 */
@ConfigurationProperties("pairwise.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Duration lease, int batchSize,
                               int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration sendTimeout) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
}
