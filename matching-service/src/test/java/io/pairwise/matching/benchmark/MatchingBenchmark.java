package io.pairwise.matching.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import com.sun.management.OperatingSystemMXBean;
import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.SyntheticCompany;
import io.pairwise.matching.domain.assignment.Assignment;
import io.pairwise.matching.domain.assignment.CandidateGraph;
import io.pairwise.matching.domain.assignment.SolverSettings;
import io.pairwise.matching.domain.batch.BatchMatcher;
import io.pairwise.matching.domain.batch.MatchingResult;
import io.pairwise.matching.domain.batch.ScorerPairScores;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import io.pairwise.matching.domain.scoring.RowScorer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The matching benchmark: not a unit test, surefire runs it only with {@code -Pbenchmark} (see docs/matching.md).
 * For each size it generates the same seeded company and runs, on the same scores: our batch matcher (the
 * certified optimum on every pair), greedy by score on the candidate graph, OR-Tools' min-cost flow on the same
 * candidate graph, and OR-Tools on every allowed pair (the reference optimum) where memory allows. Prints a
 * Markdown table.
 *
 * <p>System properties: {@code benchmark.sizes} (default {@code 1000x400,5000x2000,20000x8000}),
 * {@code benchmark.seed} (42), {@code benchmark.repeats} (3 runs of ours and greedy, the median shown),
 * {@code benchmark.fullMatrixUpTo} (largest mentee count for the full-matrix reference, 20000),
 * {@code benchmark.fullMatrixMostMatchedUpTo} (the same for most matched, 5000), {@code benchmark.objectives} (both).
 */
class MatchingBenchmark {

    /** OR-Tools' native bytes per arc, about; measured with this benchmark at 5000 x 2000. */
    private static final long ORTOOLS_BYTES_PER_ARC = 100;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final List<String> rows = new ArrayList<>();

    @Test
    void run() throws IOException {
        Loader.loadNativeLibraries();
        String[] sizes = System.getProperty("benchmark.sizes", "1000x400,5000x2000,20000x8000").split(",");
        long seed = Long.getLong("benchmark.seed", 42);
        int repeats = Integer.getInteger("benchmark.repeats", 3);
        int fullMatrixUpTo = Integer.getInteger("benchmark.fullMatrixUpTo", 20_000);
        // The reference on every pair is the longest step by far; for most matched it is run on the smaller sizes.
        int fullMatrixMostMatchedUpTo = Integer.getInteger("benchmark.fullMatrixMostMatchedUpTo", 5_000);
        List<Objective> objectives = Arrays.stream(System.getProperty("benchmark.objectives",
                "BEST_TOTAL_FIT,MOST_MATCHED").split(",")).map(Objective::valueOf).toList();
        MatchingPolicy policy = MatchingPolicy.defaults(MentoringType.CAREER).withMaxTimeZoneDistanceHours(8)
                .withSameLanguageRequired(true);
        System.out.printf("%nMatching benchmark: seed %d, %s, %s, %d cores, max heap %d MB, JDK %s%n", seed, policy,
                SolverSettings.defaults(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        warmUp(seed, policy);
        for (String size : sizes) {
            String[] counts = size.trim().split("x");
            MatchingPool pool = SyntheticCompany.generate(seed, Integer.parseInt(counts[0]),
                    Integer.parseInt(counts[1]));
            for (Objective objective : objectives) {
                benchmark(pool, policy, objective, repeats, pool.menteeCount() <= (objective == Objective.MOST_MATCHED
                        ? Math.min(fullMatrixUpTo, fullMatrixMostMatchedUpTo) : fullMatrixUpTo));
            }
        }
        System.out.println();
        System.out.println("| size | objective | solver | score (s) | optimise (s) | total (s) | CPU (s) | total score "
                + "| matched | below optimum | peak memory | other work (cores) |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        System.out.println();
    }

    private void benchmark(MatchingPool pool, MatchingPolicy policy, Objective objective, int repeats,
                           boolean fullMatrix) throws IOException {
        String size = pool.menteeCount() + " x " + pool.mentorCount();
        SolverSettings settings = SolverSettings.defaults();

        // Ours, end to end: index the pool, score every pair, solve, certify, give reasons, explain every pair.
        List<Measured<Indexed>> ours = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            ours.add(measure(() -> {
                long start = System.nanoTime();
                CompatibilityScorer scorer = new CompatibilityScorer(pool, policy);
                long indexing = System.nanoTime() - start;
                return new Indexed(new BatchMatcher(settings).match(scorer, objective, Progress.NONE), indexing);
            }));
            Assignment.Stats stats = ours.getLast().result.result.stats();
            System.out.printf("%s %s run %d: %.3f s (score %.3f, solve %.3f, certify %.3f), other work %s cores%n",
                    size, objective, r + 1, ours.getLast().wall / 1e9, stats.scoringNanos() / 1e9,
                    stats.solvingNanos() / 1e9, stats.certifyingNanos() / 1e9, ours.getLast().load);
        }
        Measured<Indexed> median = median(ours);
        MatchingResult result = median.result.result;
        Assignment.Stats stats = result.stats();
        long optimum = Math.round(result.totalScore() * CompatibilityScorer.SCALE);
        // Scoring is indexing the pool plus the pass over all pairs; the rest (solve, certify, explain) optimising.
        long scoring = median.result.indexing + stats.scoringNanos();
        Line oursLine = new Line("**ours**: candidate graph + certification (" + stats.candidateEdges() + " → "
                + stats.finalEdges() + " edges; improving pairs per round " + stats.improvingPairsPerRound() + "; "
                + stats.rescoredPairs() + " pairs scored twice)", scoring, median.wall - scoring, median.cpu,
                optimum, result.matchedCount(), median.memory + " MB heap", median.load);
        Line breakdown = new Line(String.format(Locale.ROOT, "ours, of which: solve on the candidate graph %.3f s, "
                        + "certify %.3f s, reasons %.3f s", stats.solvingNanos() / 1e9, stats.certifyingNanos() / 1e9,
                stats.reasonsNanos() / 1e9), -1, -1, -1, -1, -1, "", "");

        Line greedyLine = null;
        if (objective == Objective.BEST_TOTAL_FIT) {
            List<Measured<long[]>> greedy = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                greedy.add(measure(() -> greedy(CandidateGraph.build(new ScorerPairScores(
                        new CompatibilityScorer(pool, policy)), settings, Progress.NONE), pool)));
            }
            Measured<long[]> greedyMedian = median(greedy);
            greedyLine = new Line("greedy by score on the candidate graph (same scoring pass)",
                    greedyMedian.wall - greedyMedian.result[2], greedyMedian.result[2], greedyMedian.cpu,
                    greedyMedian.result[0], greedyMedian.result[1], greedyMedian.memory + " MB heap",
                    greedyMedian.load);
        }

        CompatibilityScorer scorer = new CompatibilityScorer(pool, policy);
        CandidateGraph graph = CandidateGraph.build(new ScorerPairScores(scorer), settings, Progress.NONE);
        Line candidateLine = orTools(pool, scorer, graph, objective, scoring, graph.edgeCount());
        Line fullLine = null;
        if (fullMatrix) {
            long arcs = stats.allowedPairs() + pool.menteeCount() + pool.mentorCount() + 1;
            long available = procValue(Path.of("/proc/meminfo"), "MemAvailable");
            if (arcs * ORTOOLS_BYTES_PER_ARC > available * 8 / 10) {
                System.out.printf("%s %s: full-matrix OR-Tools skipped: %d arcs need about %d MB, %d MB available%n",
                        size, objective, arcs, arcs * ORTOOLS_BYTES_PER_ARC >> 20, available >> 20);
            } else {
                fullLine = orTools(pool, scorer, null, objective, 0, stats.allowedPairs());
            }
        }
        long[] reference = fullLine == null ? null : new long[]{fullLine.total, fullLine.matched};
        for (Line line : Arrays.asList(oursLine, breakdown, greedyLine, candidateLine, fullLine)) {
            if (line != null) {
                rows.add(line.format(size, objective, reference));
            }
        }
        if (reference != null && reference[0] != optimum) {
            System.out.printf("%s %s: ours %d, OR-Tools on every pair %d%n", size, objective, optimum, reference[0]);
        }
    }

    /**
     * OR-Tools' MinCostFlow (its SimpleMinCostFlow): source to every mentee, mentee to mentor per pair at cost
     * -score, mentor to sink with the capacity. Best total fit adds a free source-to-sink arc so that any number of
     * mentees may stay unmatched; most matched asks for the maximum flow at minimum cost instead.
     */
    private Line orTools(MatchingPool pool, CompatibilityScorer scorer, CandidateGraph graph, Objective objective,
                         long sharedScoring, long pairArcs) throws IOException {
        int n = pool.menteeCount();
        int m = pool.mentorCount();
        int source = n + m;
        int sink = source + 1;
        System.gc();
        long rssBefore = procValue(Path.of("/proc/self/status"), "VmRSS");
        Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets the RSS high-water mark
        Machine machine = Machine.now();
        long cpuBefore = OS.getProcessCpuTime();
        long start = System.nanoTime();
        MinCostFlow flow = new MinCostFlow(n + m + 2, Math.toIntExact(pairArcs + n + m + 1));
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, pool.capacity(j), 0);
        }
        long arcs = 0;
        if (graph != null) {
            for (int i = 0; i < n; i++) {
                for (int e = graph.edgesFrom(i); e < graph.edgesFrom(i + 1); e++) {
                    flow.addArcWithCapacityAndUnitCost(i, n + graph.mentor(e), 1, -graph.score(e));
                    arcs++;
                }
            }
        } else {
            RowScorer row = scorer.newRow();
            int[] scores = new int[m];
            for (int i = 0; i < n; i++) {
                row.prepare(i);
                row.scoreAll(scores);
                for (int j = 0; j < m; j++) {
                    if (scores[j] >= 0) {
                        flow.addArcWithCapacityAndUnitCost(i, n + j, 1, -scores[j]);
                        arcs++;
                    }
                }
            }
        }
        int bypass = objective == Objective.BEST_TOTAL_FIT ? flow.addArcWithCapacityAndUnitCost(source, sink, n, 0)
                : -1;
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        long built = System.nanoTime();
        MinCostFlowBase.Status status = objective == Objective.BEST_TOTAL_FIT ? flow.solve()
                : flow.solveMaxFlowWithMinCost();
        long solved = System.nanoTime();
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        String others = machine.othersSince();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long total = -flow.getOptimalCost();
        long matched = objective == Objective.BEST_TOTAL_FIT ? n - flow.getFlow(bypass) : flow.getMaximumFlow();
        long nativePeak = Math.max(0, procValue(Path.of("/proc/self/status"), "VmHWM") - rssBefore);
        flow.delete();
        System.out.printf("OR-Tools %s %s: %d arcs, model %.3f s, solve %.3f s, %d MB RSS growth%n",
                graph == null ? "full matrix" : "candidate graph", objective, arcs, (built - start) / 1e9,
                (solved - built) / 1e9, nativePeak >> 20);
        String name = graph == null
                ? String.format(Locale.ROOT, "OR-Tools min-cost flow on every allowed pair (%d arcs; model %.3f s, "
                + "solve %.3f s)", arcs, (built - start) / 1e9, (solved - built) / 1e9)
                : String.format(Locale.ROOT, "OR-Tools min-cost flow on the same candidate graph (model %.3f s, solve "
                + "%.3f s; scoring as ours)", (built - start) / 1e9, (solved - built) / 1e9);
        // On the candidate graph OR-Tools needs the same scoring pass as ours first; on every pair it scores itself.
        long scoring = graph == null ? built - start : sharedScoring;
        long optimising = graph == null ? solved - built : solved - start;
        return new Line(name, scoring, optimising, cpu, total, matched, (nativePeak >> 20) + " MB RSS", others);
    }

    /** Greedy by score over the candidate graph, best pair first while both sides have room. */
    private static long[] greedy(CandidateGraph graph, MatchingPool pool) {
        long scored = System.nanoTime();
        long[] edges = new long[graph.edgeCount()];
        int k = 0;
        for (int i = 0; i < graph.menteeCount(); i++) {
            for (int e = graph.edgesFrom(i); e < graph.edgesFrom(i + 1); e++) {
                edges[k++] = (long) graph.score(e) << 40 | (long) i << 20 | graph.mentor(e);
            }
        }
        Arrays.sort(edges);
        boolean[] taken = new boolean[graph.menteeCount()];
        int[] room = new int[graph.mentorCount()];
        Arrays.setAll(room, pool::capacity);
        long total = 0;
        long matched = 0;
        for (int e = edges.length - 1; e >= 0; e--) {
            int mentee = (int) (edges[e] >>> 20) & 0xFFFFF;
            int mentor = (int) edges[e] & 0xFFFFF;
            if (!taken[mentee] && room[mentor] > 0) {
                taken[mentee] = true;
                room[mentor]--;
                total += edges[e] >>> 40;
                matched++;
            }
        }
        return new long[]{total, matched, System.nanoTime() - scored};
    }

    private record Indexed(MatchingResult result, long indexing) {
    }

    private record Line(String solver, long scoring, long optimising, long cpu, long total, long matched,
                        String memory, String load) {

        String format(String size, Objective objective, long[] reference) {
            if (scoring < 0) {
                return String.format(Locale.ROOT, "| %s | %s | %s | | | | | | | | | |", size, objective, solver);
            }
            String gap = reference == null ? "" : String.format(Locale.ROOT, "%.3f %%%s",
                    100.0 * (reference[0] - total) / reference[0],
                    matched == reference[1] ? "" : String.format(Locale.ROOT, ", %+d matched", matched - reference[1]));
            return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.1f | %.3f | %d | %s | %s | %s |",
                    size, objective, solver, scoring / 1e9, optimising / 1e9, (scoring + optimising) / 1e9, cpu / 1e9,
                    total / (double) CompatibilityScorer.SCALE, matched, gap, memory, load);
        }
    }

    private record Measured<T>(T result, long wall, long cpu, long memory, String load) {
    }

    /**
     * What the rest of the machine did meanwhile: CPU seconds all processes spent (from /proc/stat) minus this
     * process's, per second of the run, i.e. the cores other work kept busy.
     */
    private record Machine(long busyTicks, long ownCpu, long start) {

        static Machine now() {
            return new Machine(readBusyTicks(), OS.getProcessCpuTime(), System.nanoTime());
        }

        String othersSince() {
            double wall = (System.nanoTime() - start) / 1e9;
            double busy = (readBusyTicks() - busyTicks) / 100.0;
            double own = (OS.getProcessCpuTime() - ownCpu) / 1e9;
            return String.format(Locale.ROOT, "%.1f", Math.max(0, busy - own) / wall);
        }

        private static long readBusyTicks() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                for (int k = 1; k < fields.length; k++) {
                    if (k != 4 && k != 5) { // idle and iowait
                        busy += Long.parseLong(fields[k]);
                    }
                }
                return busy;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs the work with a sampler of heap use (every millisecond, garbage included) and the process CPU time. */
    private static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        long baseline = MEMORY.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Machine machine = Machine.now();
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        long wall = System.nanoTime() - start;
        cpu = OS.getProcessCpuTime() - cpu;
        String others = machine.othersSince();
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Measured<>(result, wall, cpu, (peak.get() - baseline) >> 20, others);
    }

    private static <T> Measured<T> median(List<Measured<T>> runs) {
        List<Measured<T>> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a.wall, b.wall));
        return sorted.get(sorted.size() / 2);
    }

    private static void warmUp(long seed, MatchingPolicy policy) {
        MatchingPool pool = SyntheticCompany.generate(seed + 1, 2000, 800);
        for (int r = 0; r < 4; r++) {
            new BatchMatcher().match(new CompatibilityScorer(pool, policy), Objective.values()[r % 2], Progress.NONE);
        }
    }

    private static long procValue(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException(field + " not in " + file);
    }
}
