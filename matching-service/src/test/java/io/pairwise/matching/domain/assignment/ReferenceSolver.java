package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Objective;
import java.util.Arrays;

/**
 * An independent exact solver for tests: successive shortest paths with Bellman-Ford on the whole dense network,
 * one unit per augmentation. Each augmentation adds the pair-count's best gain, so stopping when the gain turns
 * negative gives the best total (ties towards more pairs), and going on while any path exists gives the most pairs
 * with the best total among them.
 */
final class ReferenceSolver {

    private ReferenceSolver() {
    }

    /** @return {total score, pairs} */
    static long[] solve(MatrixScores problem, Objective objective) {
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        int[] load = new int[m];
        long total = 0;
        int pairs = 0;
        while (true) {
            // Longest-gain path from any free mentee to any mentor with a free place, over alternating paths.
            long[] gainAt = new long[m];
            int[] via = new int[m];
            Arrays.fill(gainAt, Long.MIN_VALUE);
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int i = 0; i < n; i++) {
                    long base;
                    if (mentorOf[i] < 0) {
                        base = 0;
                    } else if (gainAt[mentorOf[i]] != Long.MIN_VALUE) {
                        base = gainAt[mentorOf[i]] - problem.scores()[i][mentorOf[i]];
                    } else {
                        continue;
                    }
                    for (int j = 0; j < m; j++) {
                        int score = problem.scores()[i][j];
                        if (score >= 0 && j != mentorOf[i] && base + score > gainAt[j]) {
                            gainAt[j] = base + score;
                            via[j] = i;
                            changed = true;
                        }
                    }
                }
            }
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (load[j] < problem.capacity(j) && gainAt[j] != Long.MIN_VALUE
                        && (best < 0 || gainAt[j] > gainAt[best])) {
                    best = j;
                }
            }
            if (best < 0 || objective == Objective.BEST_TOTAL_FIT && gainAt[best] < 0) {
                return new long[]{total, pairs};
            }
            total += gainAt[best];
            pairs++;
            load[best]++;
            for (int j = best; ; ) {
                int i = via[j];
                int previous = mentorOf[i];
                mentorOf[i] = j;
                if (previous < 0) {
                    break;
                }
                j = previous;
            }
        }
    }
}
