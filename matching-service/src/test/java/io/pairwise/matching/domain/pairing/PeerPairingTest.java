package io.pairwise.matching.domain.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.matching.domain.CareerStage;
import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.People;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerPairingTest {

    private static final String[] SKILLS = {"Kubernetes", "Rust", "Negotiation", "Finance", "Design", "SQL"};
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"};

    @Test
    void blossomMatchingEqualsBruteForceOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 600; round++) {
            int n = 1 + random.nextInt(10);
            List<int[]> edges = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            long[][] w = new long[n][n];
            double density = 0.2 + random.nextDouble() * 0.8;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < density) {
                        long weight = 1 + random.nextInt(round % 2 == 0 ? 5 : 1000); // many ties on even rounds
                        edges.add(new int[]{a, b});
                        weights.add(weight);
                        w[a][b] = w[b][a] = weight;
                    }
                }
            }
            int[] mate = MaxWeightMatching.solve(n, edges.toArray(int[][]::new),
                    weights.stream().mapToLong(Long::longValue).toArray());
            long total = 0;
            for (int a = 0; a < n; a++) {
                if (mate[a] >= 0) {
                    assertThat(mate[mate[a]]).as("symmetric").isEqualTo(a);
                    assertThat(w[a][mate[a]]).as("an edge").isPositive();
                    if (mate[a] > a) {
                        total += w[a][mate[a]];
                    }
                }
            }
            assertThat(total).as("round %d, n %d", round, n).isEqualTo(bruteForce(w, 0, new boolean[n]));
        }
    }

    @Test
    void peersArePairedOptimallyOnceEachWithinTheHardConstraints() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(9);
            List<Participant> people = people(random, n);
            MatchingPolicy policy = MatchingPolicy.defaults(MentoringType.PEER).withMaxTimeZoneDistanceHours(6);
            CompatibilityScorer scorer = scorer(people, policy, random);
            PeerPairing.Result result = PeerPairing.pair(scorer, false, Progress.NONE);
            assertPairedOnceAndAllowed(scorer, result);
            long[][] w = weights(scorer, false);
            long best = bruteForce(w, 0, new boolean[n]);
            long found = result.pairs().stream().mapToLong(p -> w[index(scorer, p.first())][index(scorer, p.second())]).sum();
            assertThat(found).as("round %d", round).isEqualTo(best);
            assertThat(result.pairs().size() * 2 + result.unmatched().size()).isEqualTo(n);
        }
    }

    @Test
    void mutualPairsTeachEachOtherSomething() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(9);
            List<Participant> people = people(random, n);
            CompatibilityScorer scorer = scorer(people, MatchingPolicy.defaults(MentoringType.MUTUAL), random);
            PeerPairing.Result result = PeerPairing.pair(scorer, true, Progress.NONE);
            assertPairedOnceAndAllowed(scorer, result);
            for (PeerPairing.Pair pair : result.pairs()) {
                Participant a = scorer.pool().mentee(index(scorer, pair.first()));
                Participant b = scorer.pool().mentee(index(scorer, pair.second()));
                assertThat(PeerPairing.teaches(a, b) && PeerPairing.teaches(b, a)).isTrue();
            }
            long[][] w = weights(scorer, true);
            long found = result.pairs().stream().mapToLong(p -> w[index(scorer, p.first())][index(scorer, p.second())]).sum();
            assertThat(found).isEqualTo(bruteForce(w, 0, new boolean[n]));
        }
    }

    @Test
    void largePoolsArePairedOnTheCandidateGraphStillOnceEachAndAllowed() {
        Random random = new Random(5);
        int n = PeerPairing.FULL_GRAPH_UP_TO + 100;
        CompatibilityScorer scorer = scorer(people(random, n), MatchingPolicy.defaults(MentoringType.PEER), random);
        PeerPairing.Result result = PeerPairing.pair(scorer, false, Progress.NONE);
        assertPairedOnceAndAllowed(scorer, result);
        assertThat(result.pairs().size() * 2 + result.unmatched().size()).isEqualTo(n);
        long[][] w = weights(scorer, false);
        long found = result.pairs().stream().mapToLong(p -> w[index(scorer, p.first())][index(scorer, p.second())]).sum();
        assertThat(found).as("at least as good as greedy on every pair").isGreaterThanOrEqualTo(greedy(w));
    }

    private static long greedy(long[][] w) {
        int n = w.length;
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (w[a][b] > 0) {
                    pairs.add(new int[]{a, b});
                }
            }
        }
        pairs.sort((x, y) -> Long.compare(w[y[0]][y[1]], w[x[0]][x[1]]));
        boolean[] used = new boolean[n];
        long total = 0;
        for (int[] pair : pairs) {
            if (!used[pair[0]] && !used[pair[1]]) {
                used[pair[0]] = used[pair[1]] = true;
                total += w[pair[0]][pair[1]];
            }
        }
        return total;
    }

    @Test
    void teachingNeedsMoreKnowledgeInTheLearnersGoal() {
        Participant ana = People.person("ana").goals("Rust").expertise(new Skill("Kubernetes", 4), new Skill("Rust", 2)).build();
        Participant ben = People.person("ben").goals("kubernetes").expertise(new Skill("Rust", 5)).build();
        Participant cy = People.person("cy").goals("Rust").expertise(new Skill("Rust", 2)).build();
        assertThat(PeerPairing.teaches(ben, ana)).isTrue();
        assertThat(PeerPairing.teaches(ana, ben)).as("goal compared ignoring case").isTrue();
        assertThat(PeerPairing.teaches(ana, cy)).as("same level teaches nothing").isFalse();
    }

    private static void assertPairedOnceAndAllowed(CompatibilityScorer scorer, PeerPairing.Result result) {
        Set<String> seen = new HashSet<>();
        for (PeerPairing.Pair pair : result.pairs()) {
            assertThat(seen.add(pair.first())).isTrue();
            assertThat(seen.add(pair.second())).isTrue();
            int a = index(scorer, pair.first());
            int b = index(scorer, pair.second());
            assertThat(scorer.violations(a, b)).isEmpty();
            assertThat(scorer.violations(b, a)).isEmpty();
        }
        assertThat(result.unmatched().keySet().stream().filter(seen::contains).toList()).isEmpty();
    }

    private static long[][] weights(CompatibilityScorer scorer, boolean mutual) {
        int n = scorer.pool().menteeCount();
        int[][] scores = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                scores[a][b] = scorer.allowed(a, b) ? (int) Math.round(scorer.score(a, b).orElseThrow()
                        * CompatibilityScorer.SCALE) : -1;
            }
        }
        long[][] w = new long[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                w[a][b] = a == b ? 0 : Math.max(0, PeerPairing.pairWeight(scorer.pool(), scores, a, b, mutual));
            }
        }
        return w;
    }

    /** The best total over every way to pair up the people from {@code from} on. */
    private static long bruteForce(long[][] w, int from, boolean[] used) {
        int n = w.length;
        int a = from;
        while (a < n && used[a]) {
            a++;
        }
        if (a >= n) {
            return 0;
        }
        used[a] = true;
        long best = bruteForce(w, a + 1, used); // a stays alone
        for (int b = a + 1; b < n; b++) {
            if (!used[b] && w[a][b] > 0) {
                used[b] = true;
                best = Math.max(best, w[a][b] + bruteForce(w, a + 1, used));
                used[b] = false;
            }
        }
        used[a] = false;
        return best;
    }

    private static int index(CompatibilityScorer scorer, String id) {
        return scorer.pool().menteeIndex(id);
    }

    private static CompatibilityScorer scorer(List<Participant> people, MatchingPolicy policy, Random random) {
        MatchingPool.Builder pool = MatchingPool.builder(Instant.parse("2026-03-02T09:00:00Z"));
        people.forEach(p -> pool.mentee(p).mentor(p, 1));
        if (people.size() > 3 && random.nextBoolean()) {
            pool.endedEarly(people.get(0).id(), people.get(1).id());
        }
        return new CompatibilityScorer(pool.build(), policy);
    }

    private static List<Participant> people(Random random, int n) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> skills = new ArrayList<>(Arrays.asList(SKILLS));
            java.util.Collections.shuffle(skills, random);
            People person = People.person("p" + i)
                    .timeZone(ZONES[random.nextInt(ZONES.length)])
                    .stage(CareerStage.values()[random.nextInt(3)], random.nextInt(20))
                    .goals(skills.get(0), skills.get(1))
                    .expertise(new Skill(skills.get(2), 1 + random.nextInt(5)), new Skill(skills.get(3), 1 + random.nextInt(5)))
                    .department(random.nextBoolean() ? "Sales" : "Engineering");
            if (i > 0 && random.nextInt(5) == 0) {
                person.reportingChain("p" + random.nextInt(i));
            }
            people.add(person.build());
        }
        return people;
    }
}
