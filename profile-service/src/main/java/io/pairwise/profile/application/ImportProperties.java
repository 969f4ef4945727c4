package io.pairwise.profile.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize      rows read, checked and written together; progress is reported per batch
 * @param maxRows        largest file accepted, in rows
 * @param abandonedAfter an unfinished job without progress for this long is reported as failed
 */
@ConfigurationProperties("pairwise.profile.import")
public record ImportProperties(int batchSize, int maxRows, Duration abandonedAfter) {

    public ImportProperties {
        batchSize = batchSize <= 0 ? 500 : batchSize;
        maxRows = maxRows <= 0 ? 100_000 : maxRows;
        abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
    }
}
