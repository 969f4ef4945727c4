package io.pairwise.matching.domain.lifecycle;

import java.time.Duration;

/** What the service counts; implemented with the platform's meter registry outside the domain. */
public interface MatchingMetrics {

    void batchFinished(String objective, Duration duration, int matched);

    /** outcome: proposed, accepted, declined, expired, withdrawn. */
    void proposal(String outcome);

    void capacityConflict();
}
