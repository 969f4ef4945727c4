package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Progress;
import java.util.Arrays;
import java.util.List;

/**
 * What one pass over every pair leaves behind: the candidate graph the solver works on (each mentee's best mentors
 * plus each mentor's best mentees), and for certification, each participant's <em>reserve</em>: every pair above a
 * threshold, with its score (for a mentee between {@code reserve} and twice as many pairs, for a mentor its
 * candidates). A pair outside both reserves scores no more than either threshold, so certification checks the
 * reserves exactly and scores again only the few pairs that the thresholds cannot rule out. Immutable; a mentee's
 * edges are sorted by mentor.
 */
public final class CandidateGraph {

    /** Rows handed to a thread at a time: small enough to balance, large enough to keep threads busy. */
    private static final int CHUNK = 16;

    private final int menteeCount;
    private final int mentorCount;
    final int[] menteeStart;
    final int[] edgeMentor;
    final int[] edgeScore;
    final int[] mentorStart;
    final int[] mentorEdgeMentee;
    final int[] mentorEdgeScore;
    final Reserves reserves;

    /**
     * Per side, the kept pairs as packed keys in CSR rows, and the score no pair left out exceeds (-1: none). Every
     * allowed pair enters a reserve while its threshold is still open, so an empty reserve means no allowed pair.
     */
    record Reserves(int[] menteeStart, long[] menteeKeys, int[] menteeThreshold, int[] mentorStart, long[] mentorKeys,
                    int[] mentorThreshold, int maxScore, long allowedPairs) {

        boolean menteeHasAllowed(int mentee) {
            return menteeStart[mentee + 1] > menteeStart[mentee];
        }

        boolean mentorHasAllowed(int mentor) {
            return mentorStart[mentor + 1] > mentorStart[mentor];
        }
    }

    private CandidateGraph(int menteeCount, int mentorCount, int[] menteeStart, int[] edgeMentor, int[] edgeScore,
                           Reserves reserves) {
        this.menteeCount = menteeCount;
        this.mentorCount = mentorCount;
        this.menteeStart = menteeStart;
        this.edgeMentor = edgeMentor;
        this.edgeScore = edgeScore;
        this.reserves = reserves;
        mentorStart = new int[mentorCount + 1];
        for (int mentor : edgeMentor) {
            mentorStart[mentor + 1]++;
        }
        for (int j = 0; j < mentorCount; j++) {
            mentorStart[j + 1] += mentorStart[j];
        }
        mentorEdgeMentee = new int[edgeMentor.length];
        mentorEdgeScore = new int[edgeMentor.length];
        int[] fill = Arrays.copyOf(mentorStart, mentorCount);
        for (int i = 0; i < menteeCount; i++) {
            for (int e = menteeStart[i]; e < menteeStart[i + 1]; e++) {
                int slot = fill[edgeMentor[e]]++;
                mentorEdgeMentee[slot] = i;
                mentorEdgeScore[slot] = edgeScore[e];
            }
        }
    }

    /** Scores every pair once, on {@code settings.threads()} threads. */
    public static CandidateGraph build(PairScores scores, SolverSettings settings, Progress progress) {
        int n = scores.menteeCount();
        int reserve = settings.reserve();
        long[] menteeKeys = new long[n * 2 * reserve];
        int[] menteeKept = new int[n];
        long[] menteeThresholdKey = new long[n];
        List<Scan> scans = Parallel.forChunks(n, CHUNK, settings.threads(),
                () -> new Scan(scores, reserve, settings.mentorCandidates()), (scan, from, to) -> {
                    for (int i = from; i < to; i++) {
                        scan.row(i, menteeKeys, menteeKept, menteeThresholdKey);
                    }
                }, done -> progress.report(Progress.Phase.SCORING, done, n));
        int maxScore = 0;
        long allowedPairs = 0;
        for (Scan scan : scans) {
            maxScore = Math.max(maxScore, scan.maxScore);
            allowedPairs += scan.allowedPairs;
        }
        int[] menteeStart = new int[n + 1];
        int[] menteeThreshold = new int[n];
        long[] menteeReserve = menteeReserves(menteeKeys, menteeKept, menteeThresholdKey, settings, menteeStart,
                menteeThreshold);
        int[] mentorStart = new int[scores.mentorCount() + 1];
        int[] mentorThreshold = new int[scores.mentorCount()];
        long[] mentorReserve = mentorReserves(scans, settings.mentorCandidates(), mentorStart, mentorThreshold);
        return withCandidates(new Reserves(menteeStart, menteeReserve, menteeThreshold, mentorStart, mentorReserve,
                mentorThreshold, maxScore, allowedPairs), settings.menteeCandidates());
    }

    /** The rows' reserves, compacted, with each row's best menteeCandidates keys first. */
    private static long[] menteeReserves(long[] keys, int[] kept, long[] thresholdKey, SolverSettings settings,
                                         int[] start, int[] threshold) {
        int n = kept.length;
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + kept[i];
            threshold[i] = TopK.thresholdScore(thresholdKey[i]);
        }
        long[] reserve = new long[start[n]];
        for (int i = 0; i < n; i++) {
            int from = i * 2 * settings.reserve();
            TopK.keepLargest(keys, from, from + kept[i], settings.menteeCandidates());
            System.arraycopy(keys, from, reserve, start[i], kept[i]);
        }
        return reserve;
    }

    /**
     * Each thread kept a mentor's best mentees among its rows, so the union above the highest thread threshold
     * holds the mentor's true best; keeping exactly the best mentorK of it makes the reserve the same however rows
     * were spread over threads.
     */
    private static long[] mentorReserves(List<Scan> scans, int mentorK, int[] start, int[] threshold) {
        int m = threshold.length;
        long[] reserve = new long[m * mentorK];
        long[] merged = new long[scans.size() * mentorK];
        for (int j = 0; j < m; j++) {
            long thresholdKey = TopK.OPEN;
            for (Scan scan : scans) {
                thresholdKey = Math.max(thresholdKey, scan.mentorThreshold[j]);
            }
            int size = 0;
            for (Scan scan : scans) {
                for (int k = j * mentorK, end = k + scan.mentorKept[j]; k < end; k++) {
                    // A heap's root is its threshold and still a candidate; only keys below it were turned away.
                    if (scan.mentorKeys[k] >= thresholdKey) {
                        merged[size++] = scan.mentorKeys[k];
                    }
                }
            }
            if (size > mentorK) {
                thresholdKey = TopK.keepLargest(merged, 0, size, mentorK);
                size = mentorK;
            }
            System.arraycopy(merged, 0, reserve, start[j], size);
            start[j + 1] = start[j] + size;
            threshold[j] = TopK.thresholdScore(thresholdKey);
        }
        return Arrays.copyOf(reserve, start[m]);
    }

    /** The graph of each mentee's best candidates plus the mentors' reserves (their best mentees). */
    private static CandidateGraph withCandidates(Reserves reserves, int menteeK) {
        int n = reserves.menteeThreshold().length;
        int m = reserves.mentorThreshold().length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = ownCandidates(reserves, i, menteeK);
        }
        for (long key : reserves.mentorKeys()) {
            start[TopK.index(key) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        long[] packed = new long[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int k = reserves.menteeStart()[i]; k < reserves.menteeStart()[i] + ownCandidates(reserves, i, menteeK);
                 k++) {
                long key = reserves.menteeKeys()[k];
                packed[fill[i]++] = edge(TopK.index(key), TopK.score(key));
            }
        }
        for (int j = 0; j < m; j++) {
            for (int k = reserves.mentorStart()[j]; k < reserves.mentorStart()[j + 1]; k++) {
                long key = reserves.mentorKeys()[k];
                packed[fill[TopK.index(key)]++] = edge(j, TopK.score(key));
            }
        }
        return fromPacked(n, m, start, packed, reserves);
    }

    private static int ownCandidates(Reserves reserves, int mentee, int menteeK) {
        return Math.min(menteeK, reserves.menteeStart()[mentee + 1] - reserves.menteeStart()[mentee]);
    }

    /**
     * This graph plus the given pairs, sorted by mentee then mentor (pairs that are edges already are ignored):
     * each row is merged with its new pairs, no sorting needed.
     */
    CandidateGraph withEdges(int[] mentees, int[] mentors, int[] scores, int count) {
        int[] start = new int[menteeCount + 1];
        int[] newMentor = new int[edgeMentor.length + count];
        int[] newScore = new int[edgeMentor.length + count];
        int end = 0;
        int added = 0;
        for (int i = 0; i < menteeCount; i++) {
            int e = menteeStart[i];
            while (e < menteeStart[i + 1] || added < count && mentees[added] == i) {
                boolean takeNew = added < count && mentees[added] == i
                        && (e == menteeStart[i + 1] || mentors[added] <= edgeMentor[e]);
                if (takeNew) {
                    if (e < menteeStart[i + 1] && mentors[added] == edgeMentor[e]) {
                        e++;
                    }
                    newMentor[end] = mentors[added];
                    newScore[end++] = scores[added++];
                } else {
                    newMentor[end] = edgeMentor[e];
                    newScore[end++] = edgeScore[e++];
                }
            }
            start[i + 1] = end;
        }
        return new CandidateGraph(menteeCount, mentorCount, start, Arrays.copyOf(newMentor, end),
                Arrays.copyOf(newScore, end), reserves);
    }

    /** Sorts each mentee's packed edges and drops duplicates. */
    private static CandidateGraph fromPacked(int n, int m, int[] start, long[] packed, Reserves reserves) {
        int[] menteeStart = new int[n + 1];
        int end = 0;
        for (int i = 0; i < n; i++) {
            Arrays.sort(packed, start[i], start[i + 1]);
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (k == start[i] || packed[k] >>> 32 != packed[k - 1] >>> 32) {
                    packed[end++] = packed[k];
                }
            }
            menteeStart[i + 1] = end;
        }
        int[] edgeMentor = new int[end];
        int[] edgeScore = new int[end];
        for (int e = 0; e < end; e++) {
            edgeMentor[e] = (int) (packed[e] >>> 32);
            edgeScore[e] = (int) packed[e];
        }
        return new CandidateGraph(n, m, menteeStart, edgeMentor, edgeScore, reserves);
    }

    private static long edge(int mentor, int score) {
        return (long) mentor << 32 | score;
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return mentorCount;
    }

    public int edgeCount() {
        return edgeMentor.length;
    }

    /** Edges of a mentee are {@code edgesFrom(i) <= e < edgesFrom(i + 1)}. */
    public int edgesFrom(int mentee) {
        return menteeStart[mentee];
    }

    public int mentor(int edge) {
        return edgeMentor[edge];
    }

    public int score(int edge) {
        return edgeScore[edge];
    }

    /** Allowed pairs of all, counted during the scoring pass. */
    public long allowedPairs() {
        return reserves.allowedPairs();
    }

    int maxScore() {
        return reserves.maxScore();
    }

    /**
     * One thread's share of the scoring pass. A mentee's reserve threshold is estimated from a sample of its row,
     * then the row's keys above it are collected in the same loop that feeds the mentors. A mentor's candidates
     * are a small min-heap over the rows this thread scores, whose root is the key to beat once it is full. A pair
     * that makes neither costs two comparisons.
     */
    private static final class Scan {

        /** One mentor in SAMPLE_STRIDE samples a row. */
        private static final int SAMPLE_STRIDE = 8;

        private final PairScores.Row row;
        private final int[] scores;
        private final int reserve;
        private final int mentorK;
        private final long[] sample;
        private final long[] menteeBuffer;
        final long[] mentorKeys;
        final int[] mentorKept;
        final long[] mentorThreshold;
        int maxScore;
        long allowedPairs;

        Scan(PairScores pairScores, int reserve, int mentorK) {
            int m = pairScores.mentorCount();
            row = pairScores.newRow();
            scores = new int[m];
            this.reserve = reserve;
            this.mentorK = mentorK;
            sample = new long[m / SAMPLE_STRIDE + 1];
            menteeBuffer = new long[4 * reserve];
            mentorKeys = new long[m * mentorK];
            mentorKept = new int[m];
            mentorThreshold = new long[m];
            Arrays.fill(mentorThreshold, TopK.OPEN);
        }

        void row(int mentee, long[] menteeKeys, int[] menteeKept, long[] menteeThresholdKey) {
            row.prepare(mentee);
            row.scoreAll(scores);
            long[] buffer = menteeBuffer;
            long estimate = sampledThreshold();
            long threshold = estimate;
            int size = 0;
            int allowed = 0;
            int max = maxScore;
            // Excluded pairs have negative keys, below OPEN and so below every threshold: no branch for them.
            for (int j = 0; j < scores.length; j++) {
                int score = scores[j];
                allowed += ~score >>> 31;
                max = Math.max(max, score);
                long key = TopK.key(score, j);
                if (key > threshold) {
                    buffer[size++] = key;
                    if (size == buffer.length) {
                        threshold = TopK.keepLargest(buffer, 0, size, reserve);
                        size = reserve;
                    }
                }
                long mentorKey = TopK.key(score, mentee);
                if (mentorKey > mentorThreshold[j]) {
                    offerToMentor(j, mentorKey);
                }
            }
            maxScore = max;
            allowedPairs += allowed;
            if (size < reserve && size < allowed && threshold == estimate) {
                // The sample overestimated: rare, and then the row costs one more pass.
                threshold = TopK.OPEN;
                size = 0;
                for (int j = 0; j < scores.length; j++) {
                    long key = TopK.key(scores[j], j);
                    if (key > threshold) {
                        buffer[size++] = key;
                        if (size == buffer.length) {
                            threshold = TopK.keepLargest(buffer, 0, size, reserve);
                            size = reserve;
                        }
                    }
                }
            }
            if (size > 2 * reserve) {
                threshold = TopK.keepLargest(buffer, 0, size, reserve);
                size = reserve;
            }
            System.arraycopy(buffer, 0, menteeKeys, mentee * 2 * reserve, size);
            menteeKept[mentee] = size;
            menteeThresholdKey[mentee] = threshold;
        }

        /**
         * A key that about 1.5 reserve keys of the row exceed: the matching rank among every SAMPLE_STRIDE-th
         * mentor. OPEN when the sample is too thin to tell, so that the whole row is kept.
         */
        private long sampledThreshold() {
            int count = 0;
            for (int j = 0; j < scores.length; j += SAMPLE_STRIDE) {
                if (scores[j] >= 0) {
                    sample[count++] = TopK.key(scores[j], j);
                }
            }
            return TopK.keepLargest(sample, 0, count, 3 * reserve / (2 * SAMPLE_STRIDE));
        }

        private void offerToMentor(int mentor, long key) {
            int from = mentor * mentorK;
            if (mentorKept[mentor] < mentorK) {
                TopK.push(mentorKeys, from, mentorKept[mentor]++, key);
                if (mentorKept[mentor] < mentorK) {
                    return;
                }
            } else {
                TopK.replaceRoot(mentorKeys, from, mentorK, key);
            }
            mentorThreshold[mentor] = mentorKeys[from];
        }
    }
}
