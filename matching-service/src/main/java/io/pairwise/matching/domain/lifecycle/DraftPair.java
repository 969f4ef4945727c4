package io.pairwise.matching.domain.lifecycle;

import io.pairwise.matching.domain.Reason;
import java.util.List;
import java.util.Map;

/**
 * One pair of a batch draft. In peer and mutual programs the two are peers: {@code menteeId} is the one
 * listed first.
 */
public record DraftPair(String jobId, String menteeId, String mentorId, double score, Map<String, Double> contributions,
                        List<Reason> reasons, boolean edited) {

    public DraftPair {
        contributions = Map.copyOf(contributions);
        reasons = List.copyOf(reasons);
    }
}
