package io.pairwise.matching.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.matching.domain.Progress;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateGraphTest {

    @Test
    void keepsEachSidesBestAndBoundsEveryPairLeftOut() {
        Random random = new Random(17);
        for (int round = 0; round < 40; round++) {
            int n = 50 + random.nextInt(300);
            int m = 10 + random.nextInt(120);
            MatrixScores problem = MatrixScores.random(random, n, m, new int[]{3, 50, 1_000_000}[round % 3],
                    random.nextDouble() * 0.6, 2);
            SolverSettings settings = new SolverSettings(1 + random.nextInt(5), 1 + random.nextInt(9),
                    10 + random.nextInt(20), 1 + random.nextInt(3));

            CandidateGraph graph = CandidateGraph.build(problem, settings, Progress.NONE);

            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < n; i++) {
                for (long key : best(problem.scores()[i], settings.menteeCandidates())) {
                    expected.add(pair(i, TopK.index(key)));
                }
            }
            for (int j = 0; j < m; j++) {
                int[] column = new int[n];
                for (int i = 0; i < n; i++) {
                    column[i] = problem.scores()[i][j];
                }
                for (long key : best(column, settings.mentorCandidates())) {
                    expected.add(pair(TopK.index(key), j));
                }
            }
            Set<Long> edges = new HashSet<>();
            for (int i = 0; i < n; i++) {
                for (int e = graph.edgesFrom(i); e < graph.edgesFrom(i + 1); e++) {
                    edges.add(pair(i, graph.mentor(e)));
                    assertThat(graph.score(e)).isEqualTo(problem.scores()[i][graph.mentor(e)]);
                }
            }
            assertThat(edges).isEqualTo(expected);
            assertBounds(problem, graph.reserves);
        }
    }

    @Test
    void addedPairsMergeIntoSortedRowsWithoutDuplicates() {
        Random random = new Random(23);
        MatrixScores problem = MatrixScores.random(random, 200, 50, 100, 0.0, 2);
        CandidateGraph graph = CandidateGraph.build(problem, new SolverSettings(2, 3, 4, 2), Progress.NONE);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (int e = graph.edgesFrom(i); e < graph.edgesFrom(i + 1); e++) {
                expected.add(pair(i, graph.mentor(e)));
            }
        }
        int[] mentees = new int[300];
        int[] mentors = new int[300];
        int[] scores = new int[300];
        long[] pairs = random.longs(300, 0, 200L * 50).map(k -> pair((int) (k / 50), (int) (k % 50))).sorted()
                .distinct().toArray();
        for (int k = 0; k < pairs.length; k++) {
            mentees[k] = (int) (pairs[k] >>> 32);
            mentors[k] = (int) pairs[k];
            scores[k] = problem.scores()[mentees[k]][mentors[k]];
            expected.add(pairs[k]);
        }

        CandidateGraph bigger = graph.withEdges(mentees, mentors, scores, pairs.length);

        assertThat(bigger.edgeCount()).isEqualTo(expected.size());
        for (int i = 0; i < 200; i++) {
            for (int e = bigger.edgesFrom(i); e < bigger.edgesFrom(i + 1); e++) {
                assertThat(expected).contains(pair(i, bigger.mentor(e)));
                assertThat(bigger.score(e)).isEqualTo(problem.scores()[i][bigger.mentor(e)]);
                if (e > bigger.edgesFrom(i)) {
                    assertThat(bigger.mentor(e)).isGreaterThan(bigger.mentor(e - 1));
                }
            }
        }
    }

    /** Every allowed pair outside both reserves scores no more than either threshold. */
    private static void assertBounds(MatrixScores problem, CandidateGraph.Reserves reserves) {
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < problem.menteeCount(); i++) {
            for (int k = reserves.menteeStart()[i]; k < reserves.menteeStart()[i + 1]; k++) {
                long key = reserves.menteeKeys()[k];
                assertThat(TopK.score(key)).isEqualTo(problem.scores()[i][TopK.index(key)]);
                kept.add(pair(i, TopK.index(key)));
            }
            assertThat(reserves.menteeHasAllowed(i)).isEqualTo(Arrays.stream(problem.scores()[i]).anyMatch(s -> s >= 0));
        }
        for (int j = 0; j < problem.mentorCount(); j++) {
            for (int k = reserves.mentorStart()[j]; k < reserves.mentorStart()[j + 1]; k++) {
                kept.add(pair(TopK.index(reserves.mentorKeys()[k]), j));
            }
        }
        for (int i = 0; i < problem.menteeCount(); i++) {
            for (int j = 0; j < problem.mentorCount(); j++) {
                int score = problem.scores()[i][j];
                if (score >= 0 && !kept.contains(pair(i, j))) {
                    assertThat(score).isLessThanOrEqualTo(reserves.menteeThreshold()[i])
                            .isLessThanOrEqualTo(reserves.mentorThreshold()[j]);
                }
            }
        }
    }

    private static long[] best(int[] scores, int k) {
        long[] keys = new long[scores.length];
        int count = 0;
        for (int index = 0; index < scores.length; index++) {
            if (scores[index] >= 0) {
                keys[count++] = TopK.key(scores[index], index);
            }
        }
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        return Arrays.copyOfRange(sorted, Math.max(0, count - k), count);
    }

    private static long pair(int mentee, int mentor) {
        return (long) mentee << 32 | mentor;
    }
}
