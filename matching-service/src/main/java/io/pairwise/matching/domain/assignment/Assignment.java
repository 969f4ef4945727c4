package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.UnmatchedReason;
import java.util.List;

/**
 * An optimal assignment by index, with the certificate behind it and the reason for everyone left out.
 *
 * @param mentorOf      per mentee, its mentor or -1
 * @param scoreOf       per mentee, the score of its pair or -1
 * @param totalScore    sum of the scores of all pairs
 * @param matched       number of pairs
 * @param menteeReasons per mentee, why it is unmatched; null when matched
 * @param mentorReasons per mentor, why it got no mentee; null when it got one
 * @param mentorPrices  per mentor, in score units: what a place with them is worth to the pool at the optimum (0
 *                      for a mentor with free places); mentees ranking mentors by score minus price is what makes
 *                      the optimum stable
 */
public record Assignment(Objective objective, int[] mentorOf, int[] scoreOf, long totalScore, int matched,
                         UnmatchedReason[] menteeReasons, UnmatchedReason[] mentorReasons, double[] mentorPrices,
                         Stats stats) {

    /**
     * How the optimum was reached.
     *
     * @param allowedPairs            pairs the hard constraints allow, all scored once
     * @param candidateEdges          edges of the two-sided candidate graph
     * @param finalEdges              edges after certification added the improving pairs
     * @param improvingPairsPerRound  pairs each certification round found; the last is always 0 (a round checks
     *                                the reserves, and when they hold no improving pair, every pair)
     * @param rescoredPairs           pairs scored a second time by certification
     */
    public record Stats(long allowedPairs, int candidateEdges, int finalEdges, List<Integer> improvingPairsPerRound,
                        long rescoredPairs, long scoringNanos, long solvingNanos, long certifyingNanos, long reasonsNanos) {

        public Stats {
            improvingPairsPerRound = List.copyOf(improvingPairsPerRound);
        }
    }
}
