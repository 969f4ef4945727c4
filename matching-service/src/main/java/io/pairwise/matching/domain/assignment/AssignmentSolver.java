package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Progress;
import java.util.Arrays;

/**
 * Maximum-weight assignment of mentees to mentors with capacities on a sparse graph: the Hungarian method as
 * successive shortest paths (Dijkstra on reduced costs) with explicit duals.
 *
 * <p>Invariants once a run completes, which are exactly LP optimality on the current graph:
 * <ul>
 *   <li>{@code u[i] + v[j] >= w(i, j)} for every edge (dual feasibility), with equality on matched edges;</li>
 *   <li>{@code u[i] >= 0}, and {@code u[i] > 0} only for a matched mentee;</li>
 *   <li>{@code v[j] >= 0}, and {@code v[j] > 0} only for a mentor at capacity.</li>
 * </ul>
 * Searches keep feasibility and tightness throughout and repair one violated complementary-slackness condition
 * each: a free mentee with a positive dual ({@link #placeMentee}) or a mentor with a free place and a positive price
 * ({@link #fillMentor}, the mirror image). A run starts from the scarce side: when there are fewer places than
 * mentees, every mentor starts at the price of its best edge and pulls mentees in, each search soon meeting one of
 * the many free mentees; otherwise mentees look for the many free places. Starting from the abundant side instead
 * makes the last searches cross the whole graph for the last free counterpart.
 *
 * <p>Weights are {@code score * multiplier + offset}, which encodes the objective lexicographically in one long.
 */
final class AssignmentSolver {

    private CandidateGraph graph;
    private final long multiplier;
    private final long offset;
    final long[] u;
    final long[] v;
    final int[] mentorOf;
    final int[] capacity;
    final int[] load;
    /**
     * Only a dual that fell can turn a pair into an improving one, so a certification round needs to look only at
     * pairs with a participant whose dual fell since the last round of its kind.
     */
    final Fallen fallenSinceReserveCheck;
    final Fallen fallenSinceCompleteCheck;
    private final int[] slotStart;
    private final int[] slotMentee;

    // Scratch of one search, over mentors; epochs spare clearing between searches.
    private final long[] dist;
    /** The mentee that moves into the mentor's place along the path (mentee search) or out of it (mentor search). */
    private final int[] via;
    /** Mentor search: the mentor that the {@code via} mentee moves to. */
    private final int[] parent;
    private final int[] seenAt;
    private final int[] doneAt;
    private int epoch;
    private final IndexedHeap heap;
    private final int[] finished;
    private int finishedCount;
    private final int[] reached;
    private final long[] reachedDist;
    private int reachedCount;

    AssignmentSolver(CandidateGraph graph, int[] capacity, long multiplier, long offset) {
        this.graph = graph;
        this.multiplier = multiplier;
        this.offset = offset;
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        u = new long[n];
        v = new long[m];
        mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        fallenSinceReserveCheck = new Fallen(n, m);
        fallenSinceCompleteCheck = new Fallen(n, m);
        this.capacity = capacity.clone();
        load = new int[m];
        slotStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        slotMentee = new int[slotStart[m]];
        dist = new long[m];
        via = new int[m];
        parent = new int[m];
        seenAt = new int[m];
        doneAt = new int[m];
        heap = new IndexedHeap(m);
        finished = new int[m];
        reached = new int[n];
        reachedDist = new long[n];
    }

    long weight(int score) {
        return score * multiplier + offset;
    }

    CandidateGraph graph() {
        return graph;
    }

    /** Solves from scratch; weakest first, so early placements are cheap to displace and searches stay short. */
    void solve(Progress progress) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        fallenSinceReserveCheck.markAll();
        fallenSinceCompleteCheck.markAll();
        long mentees = 0;
        long places = 0;
        for (int i = 0; i < n; i++) {
            mentees += graph.menteeStart[i + 1] > graph.menteeStart[i] ? 1 : 0;
        }
        for (int j = 0; j < m; j++) {
            places += graph.mentorStart[j + 1] > graph.mentorStart[j] ? capacity[j] : 0;
        }
        if (places < mentees) {
            long[] order = new long[m];
            for (int j = 0; j < m; j++) {
                int best = bestScore(graph.mentorEdgeScore, graph.mentorStart[j], graph.mentorStart[j + 1]);
                v[j] = best < 0 ? 0 : weight(best);
                order[j] = TopK.key(best, j);
            }
            Arrays.sort(order);
            for (int k = 0; k < m; k++) {
                int j = TopK.index(order[k]);
                while (load[j] < capacity[j] && v[j] > 0) {
                    fillMentor(j);
                }
                report(progress, k, m);
            }
            progress.report(Progress.Phase.SOLVING, m, m);
        } else {
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = TopK.key(bestScore(graph.edgeScore, graph.menteeStart[i], graph.menteeStart[i + 1]), i);
            }
            Arrays.sort(order);
            for (int k = 0; k < n; k++) {
                placeMentee(TopK.index(order[k]));
                report(progress, k, n);
            }
            progress.report(Progress.Phase.SOLVING, n, n);
        }
    }

    private static int bestScore(int[] scores, int from, int to) {
        int best = -1;
        for (int e = from; e < to; e++) {
            best = Math.max(best, scores[e]);
        }
        return best;
    }

    private static void report(Progress progress, int done, int total) {
        if ((done & 1023) == 0) {
            progress.report(Progress.Phase.SOLVING, done, total);
        }
    }

    /**
     * Switches to a graph with more edges for the given mentees and re-optimises from the current state: a mentee
     * whose new edge is not covered by its dual gets a higher dual, which breaks its matched edge's tightness, so
     * it is unassigned and placed again; a mentor it leaves with a positive price is filled again afterwards.
     */
    void addEdges(CandidateGraph bigger, int[] mentees) {
        graph = bigger;
        int[] queued = new int[mentees.length];
        int queuedCount = 0;
        int[] mentorsToFill = new int[mentees.length];
        int mentorCount = 0;
        for (int i : mentees) {
            long needed = 0;
            for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
                needed = Math.max(needed, weight(graph.edgeScore[e]) - v[graph.edgeMentor[e]]);
            }
            if (needed > u[i]) {
                int mentor = mentorOf[i];
                if (mentor >= 0) {
                    unassign(i, mentor);
                    if (v[mentor] > 0) {
                        mentorsToFill[mentorCount++] = mentor;
                    }
                }
                u[i] = needed;
                queued[queuedCount++] = i;
            }
        }
        for (int k = 0; k < queuedCount; k++) {
            if (mentorOf[queued[k]] < 0) {
                placeMentee(queued[k]);
            }
        }
        // Only now: a mentor search needs every free mentee at dual 0.
        for (int k = 0; k < mentorCount; k++) {
            int mentor = mentorsToFill[k];
            while (load[mentor] < capacity[mentor] && v[mentor] > 0) {
                fillMentor(mentor);
            }
        }
    }

    /** Shortest augmenting path from a free mentee: to a free place, or to dropping the cheapest tree mentee. */
    private void placeMentee(int root) {
        epoch++;
        heap.clear();
        finishedCount = 0;
        reachedCount = 0;
        long best = 0;
        for (int e = graph.menteeStart[root]; e < graph.menteeStart[root + 1]; e++) {
            best = Math.max(best, weight(graph.edgeScore[e]) - v[graph.edgeMentor[e]]);
        }
        u[root] = best;
        long bestCost = best;
        int freeMentor = -1;
        int dropped = root;
        reach(root, 0, bestCost);
        while (!heap.isEmpty()) {
            int j = heap.poll();
            long d = dist[j];
            boolean free = load[j] < capacity[j];
            // On a tie a free place wins over a drop: same weight, one pair more.
            if (d > bestCost || d == bestCost && !free) {
                break;
            }
            doneAt[j] = epoch;
            finished[finishedCount++] = j;
            if (free) {
                bestCost = d;
                freeMentor = j;
                break;
            }
            for (int s = slotStart[j]; s < slotStart[j] + load[j]; s++) {
                int i = slotMentee[s];
                if (d + u[i] < bestCost) {
                    bestCost = d + u[i];
                    dropped = i;
                }
                reach(i, d, bestCost);
            }
        }
        for (int k = 0; k < finishedCount; k++) {
            v[finished[k]] += bestCost - dist[finished[k]];
        }
        for (int k = 0; k < reachedCount; k++) {
            long delta = bestCost - reachedDist[k];
            if (delta > 0) {
                u[reached[k]] -= delta;
                fallenSinceReserveCheck.mentees[reached[k]] = true;
                fallenSinceCompleteCheck.mentees[reached[k]] = true;
            }
        }
        int mentor;
        if (freeMentor >= 0) {
            mentor = freeMentor;
        } else if (dropped == root) {
            return;
        } else {
            mentor = mentorOf[dropped];
            unassign(dropped, mentor);
        }
        while (true) {
            int i = via[mentor];
            int previous = mentorOf[i];
            if (previous >= 0) {
                unassign(i, previous);
            }
            assign(i, mentor);
            if (i == root) {
                return;
            }
            mentor = previous;
        }
    }

    /**
     * Adds a tree mentee at distance {@code d} and relaxes its edges to mentors not finished yet; a mentor at or
     * beyond {@code bound} (the best end found so far, which only falls) can never be part of the path.
     */
    private void reach(int i, long d, long bound) {
        reached[reachedCount] = i;
        reachedDist[reachedCount++] = d;
        long ui = u[i];
        for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
            int j = graph.edgeMentor[e];
            if (doneAt[j] == epoch) {
                continue;
            }
            long slack = ui + v[j] - weight(graph.edgeScore[e]);
            assert slack >= 0 : "dual infeasible edge " + i + "-" + j;
            long candidate = d + slack;
            if (candidate < bound && (seenAt[j] != epoch || candidate < dist[j])) {
                seenAt[j] = epoch;
                dist[j] = candidate;
                via[j] = i;
                heap.offer(j, candidate);
            }
        }
    }

    /**
     * The mirror image, from a mentor with a free place but a positive price: shortest path to a free mentee (one
     * pair more) or to a mentor whose price can drop to 0 with a free place. Tree mentors lower their price and
     * their mentees raise their dual by the same amount, which keeps matched edges tight.
     */
    private void fillMentor(int root) {
        epoch++;
        heap.clear();
        finishedCount = 0;
        long bestCost = Long.MAX_VALUE;
        int dropAt = -1;
        int freeMentee = -1;
        int freeVia = -1;
        seenAt[root] = epoch;
        dist[root] = 0;
        heap.offer(root, 0);
        while (!heap.isEmpty()) {
            int j = heap.poll();
            long d = dist[j];
            if (d >= bestCost) {
                break;
            }
            doneAt[j] = epoch;
            finished[finishedCount++] = j;
            if (d + v[j] < bestCost) {
                bestCost = d + v[j];
                dropAt = j;
                freeMentee = -1;
            }
            for (int t = graph.mentorStart[j]; t < graph.mentorStart[j + 1]; t++) {
                int i = graph.mentorEdgeMentee[t];
                int current = mentorOf[i];
                if (current == j) {
                    continue;
                }
                long slack = u[i] + v[j] - weight(graph.mentorEdgeScore[t]);
                assert slack >= 0 : "dual infeasible edge " + i + "-" + j;
                long candidate = d + slack;
                if (candidate >= bestCost) {
                    continue;
                }
                if (current < 0) {
                    bestCost = candidate;
                    freeMentee = i;
                    freeVia = j;
                } else if (doneAt[current] != epoch && (seenAt[current] != epoch || candidate < dist[current])) {
                    seenAt[current] = epoch;
                    dist[current] = candidate;
                    via[current] = i;
                    parent[current] = j;
                    heap.offer(current, candidate);
                }
            }
        }
        for (int k = 0; k < finishedCount; k++) {
            int j = finished[k];
            long delta = bestCost - dist[j];
            if (delta > 0) {
                fallenSinceReserveCheck.mentors[j] = true;
                fallenSinceCompleteCheck.mentors[j] = true;
            }
            v[j] -= delta;
            for (int s = slotStart[j]; s < slotStart[j] + load[j]; s++) {
                u[slotMentee[s]] += delta;
            }
        }
        int mentor = freeMentee >= 0 ? freeVia : dropAt;
        int incoming = freeMentee;
        while (mentor != root) {
            int outgoing = via[mentor];
            unassign(outgoing, mentor);
            if (incoming >= 0) {
                assign(incoming, mentor);
            }
            incoming = outgoing;
            mentor = parent[mentor];
        }
        if (incoming >= 0) {
            assign(incoming, root);
        }
    }

    /** Participants whose dual fell. */
    static final class Fallen {

        final boolean[] mentees;
        final boolean[] mentors;

        Fallen(int menteeCount, int mentorCount) {
            mentees = new boolean[menteeCount];
            mentors = new boolean[mentorCount];
        }

        void markAll() {
            Arrays.fill(mentees, true);
            Arrays.fill(mentors, true);
        }

        void clear() {
            Arrays.fill(mentees, false);
            Arrays.fill(mentors, false);
        }

        int[] fallenMentors() {
            int[] fallen = new int[mentors.length];
            int count = 0;
            for (int j = 0; j < mentors.length; j++) {
                if (mentors[j]) {
                    fallen[count++] = j;
                }
            }
            return Arrays.copyOf(fallen, count);
        }
    }

    private void assign(int mentee, int mentor) {
        slotMentee[slotStart[mentor] + load[mentor]++] = mentee;
        mentorOf[mentee] = mentor;
    }

    private void unassign(int mentee, int mentor) {
        int last = slotStart[mentor] + --load[mentor];
        for (int s = slotStart[mentor]; s <= last; s++) {
            if (slotMentee[s] == mentee) {
                slotMentee[s] = slotMentee[last];
                break;
            }
        }
        mentorOf[mentee] = -1;
    }
}
