package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.matching.domain.UnmatchedReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One batch optimisation of a program: running with progress, then a draft an admin edits and publishes.
 *
 * @param unmatched everyone the optimiser left out, with the reason (edits add and remove entries)
 * @param prices    each full mentor's price, for load-aware suggestions afterwards
 */
public record BatchJob(String id, String programId, Status status, MatchingObjective objective, String phase,
                       long done, long total, String startedBy, Instant startedAt, Instant heartbeatAt,
                       Instant finishedAt, String error, double totalScore, int matched, List<UnmatchedEntry> unmatched,
                       List<MentorPrice> prices, int published, int conflicts, long version) {

    public enum Status {
        RUNNING,
        DRAFT,
        PUBLISHING,
        PUBLISHED,
        FAILED
    }

    /** Why someone is not in the draft; REMOVED_IN_EDIT when an admin took them out. */
    public record UnmatchedEntry(String participantId, String side, String reason) {

        static UnmatchedEntry of(String participantId, String side, UnmatchedReason reason) {
            return new UnmatchedEntry(participantId, side, reason.name());
        }
    }

    /** A mentor's dual price at the optimum (0 with a free place). */
    public record MentorPrice(String mentorId, double price) {
    }

    public BatchJob {
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    public Map<String, Double> priceMap() {
        Map<String, Double> map = new java.util.HashMap<>();
        prices.forEach(p -> map.put(p.mentorId(), p.price()));
        return map;
    }

    public static BatchJob started(String id, String programId, MatchingObjective objective, String by, Instant now) {
        return new BatchJob(id, programId, Status.RUNNING, objective, null, 0, 0, by, now, now, null, null, 0, 0,
                List.of(), List.of(), 0, 0, 0);
    }
}
