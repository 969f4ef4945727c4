package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.HardConstraint;
import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.Participant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores (mentee, mentor) pairs of one pool under one program's policy. Building it indexes the pool once (word
 * ids, bit sets, skill rarity, the pairs the hard constraints rule out); scoring then runs through a
 * {@link RowScorer}, one per thread, which scores a mentee against every mentor in a tight loop. Thread-safe.
 */
public final class CompatibilityScorer {

    /** Scores are integers in [0, SCALE] for the optimiser, so totals are exact and comparable across solvers. */
    public static final int SCALE = 1_000_000;
    /** What {@link RowScorer#score(int)} returns for a pair a hard constraint rules out. */
    public static final int NOT_ALLOWED = -1;

    /** A quarter-hour distance that no pair of zones exceeds, used when the program sets no limit. */
    static final int NO_DISTANCE_LIMIT = 48;

    final MatchingPool pool;
    final MatchingPolicy policy;
    final Vocabularies vocabularies;
    final Features mentees;
    final Features mentors;
    /** Per criterion ordinal, normalised to add up to 1. */
    final double[] weights;
    final int maxDistanceQuarterHours;
    /** Per skill: 1 for a skill mentors offer plenty of, up to ~3 for one many mentees want and few mentors teach. */
    final double[] rarity;
    final int[] demand;
    final int[] supply;
    /** Per skill, the mentors who offer it and at which level (CSR): a row adds its goals' weights along these. */
    final int[] offerStart;
    final int[] offerMentor;
    final int[] offerLevel;
    final Codes codes;
    /** Mentor stage * (MAX_YEARS + 1) + years: the index into a row's seniority table. */
    final int[] mentorSeniorityCode;
    /** Per mentee, the sorted mentor indices that a relational constraint rules out. */
    final int[] blockedStart;
    final int[] blocked;

    public CompatibilityScorer(MatchingPool pool, MatchingPolicy policy) {
        this.pool = pool;
        this.policy = policy;
        vocabularies = Vocabularies.of(pool.mentees(), pool.mentors());
        mentees = new Features(pool.mentees(), vocabularies, pool.offsetsAt());
        mentors = new Features(pool.mentors(), vocabularies, pool.offsetsAt());
        weights = new double[Criterion.values().length];
        double total = policy.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        for (Criterion criterion : Criterion.values()) {
            weights[criterion.ordinal()] = policy.weight(criterion) / total;
        }
        maxDistanceQuarterHours = policy.maxTimeZoneDistanceHours() == null ? NO_DISTANCE_LIMIT
                : policy.maxTimeZoneDistanceHours() * 4;

        int skills = vocabularies.skills().size();
        demand = new int[skills];
        supply = new int[skills];
        for (int i = 0; i < mentees.count; i++) {
            for (int g = mentees.goalStart[i]; g < mentees.goalStart[i + 1]; g++) {
                demand[mentees.goalSkill[g]]++;
            }
        }
        for (int j = 0; j < mentors.count; j++) {
            for (int e = mentors.expertiseStart[j]; e < mentors.expertiseStart[j + 1]; e++) {
                supply[mentors.expertiseSkill[e]] += pool.capacity(j);
            }
        }
        rarity = new double[skills];
        for (int s = 0; s < skills; s++) {
            rarity[s] = 1 + Math.log1p((double) demand[s] / Math.max(1, supply[s]));
        }
        offerStart = new int[skills + 1];
        for (int skill : mentors.expertiseSkill) {
            offerStart[skill + 1]++;
        }
        for (int s = 0; s < skills; s++) {
            offerStart[s + 1] += offerStart[s];
        }
        offerMentor = new int[mentors.expertiseSkill.length];
        offerLevel = new int[mentors.expertiseSkill.length];
        int[] fill = Arrays.copyOf(offerStart, skills);
        for (int j = 0; j < mentors.count; j++) {
            for (int e = mentors.expertiseStart[j]; e < mentors.expertiseStart[j + 1]; e++) {
                int at = fill[mentors.expertiseSkill[e]]++;
                offerMentor[at] = j;
                offerLevel[at] = mentors.expertiseLevel[e];
            }
        }
        codes = new Codes(mentors);
        mentorSeniorityCode = new int[mentors.count];
        for (int j = 0; j < mentors.count; j++) {
            mentorSeniorityCode[j] = mentors.stage[j] * (Features.MAX_YEARS + 1) + mentors.years[j];
        }
        blockedStart = new int[mentees.count + 1];
        blocked = blockedPairs();
    }

    public MatchingPool pool() {
        return pool;
    }

    public MatchingPolicy policy() {
        return policy;
    }

    /** A scorer for one thread; prepare it for a mentee, then score mentors. */
    public RowScorer newRow() {
        return new RowScorer(this);
    }

    /** The pair's score in [0, 1], or empty when a hard constraint rules it out. Prefer a {@link RowScorer} in loops. */
    public OptionalDouble score(int mentee, int mentor) {
        RowScorer row = newRow();
        row.prepare(mentee);
        int score = row.score(mentor);
        return score == NOT_ALLOWED ? OptionalDouble.empty()
                : OptionalDouble.of((double) score / SCALE);
    }

    /** The score with each criterion's contribution and the strongest reasons; for an allowed pair. */
    public Explanation explain(int mentee, int mentor) {
        RowScorer row = newRow();
        row.prepare(mentee);
        return row.explain(mentor);
    }

    /** Whether the hard constraints allow the pair; cheaper than scoring it. */
    public boolean allowed(int mentee, int mentor) {
        return Arrays.binarySearch(blocked, blockedStart[mentee], blockedStart[mentee + 1], mentor) < 0
                && withinDistance(mentee, mentor)
                && (!policy.sameLanguageRequired() || sharesLanguage(mentee, mentor));
    }

    /** Every hard constraint the pair breaks; empty when it may be matched. */
    public List<HardConstraint> violations(int mentee, int mentor) {
        List<HardConstraint> violations = new ArrayList<>();
        HardConstraint relation = relationalConstraint(mentee, mentor);
        if (relation != null) {
            violations.add(relation);
        }
        if (!withinDistance(mentee, mentor)) {
            violations.add(HardConstraint.TIME_ZONE_DISTANCE);
        }
        if (policy.sameLanguageRequired() && !sharesLanguage(mentee, mentor)) {
            violations.add(HardConstraint.NO_SHARED_LANGUAGE);
        }
        return violations;
    }

    private boolean withinDistance(int mentee, int mentor) {
        return RowScorer.distance(mentees.offsetQuarterHours[mentee], mentors.offsetQuarterHours[mentor])
                <= maxDistanceQuarterHours;
    }

    private boolean sharesLanguage(int mentee, int mentor) {
        return RowScorer.common(mentees.languages, mentee * mentees.languageWords, mentors.languages,
                mentor * mentors.languageWords, mentors.languageWords) > 0;
    }

    /** Whether the skill is in short supply: more than twice as many mentees want it as mentor places offer it. */
    boolean rare(int skill) {
        return demand[skill] > 2 * supply[skill];
    }

    /** The first constraint between the two people themselves (not their zones or languages), or null. */
    private HardConstraint relationalConstraint(int mentee, int mentor) {
        Participant a = pool.mentee(mentee);
        Participant b = pool.mentor(mentor);
        if (a.id().equals(b.id())) {
            return HardConstraint.SAME_PERSON;
        }
        int depth = policy.reportingChainDepth();
        if (inChain(a.reportingChain(), b.id(), depth) || inChain(b.reportingChain(), a.id(), depth)) {
            return HardConstraint.REPORTING_CHAIN;
        }
        if (a.avoidIds().contains(b.id()) || b.avoidIds().contains(a.id())) {
            return HardConstraint.AVOIDED;
        }
        if (pool.endedEarlyWith(a.id()).contains(b.id())) {
            return HardConstraint.ENDED_EARLY;
        }
        return null;
    }

    private static boolean inChain(List<String> chain, String id, int depth) {
        for (int level = 0; level < Math.min(depth, chain.size()); level++) {
            if (chain.get(level).equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Indexes the relational constraints as a sorted blocked list per mentee, so the row scorer skips them with one
     * comparison per mentor. Candidates come from the ids each side names; {@link #relationalConstraint} decides.
     */
    private int[] blockedPairs() {
        PairList candidates = new PairList();
        for (int i = 0; i < mentees.count; i++) {
            Participant mentee = pool.mentee(i);
            addMentors(candidates, i, List.of(mentee.id()));
            addMentors(candidates, i, mentee.reportingChain());
            addMentors(candidates, i, mentee.avoidIds());
            addMentors(candidates, i, pool.endedEarlyWith(mentee.id()));
        }
        for (int j = 0; j < mentors.count; j++) {
            Participant mentor = pool.mentor(j);
            for (Iterable<String> ids : List.<Iterable<String>>of(mentor.reportingChain(), mentor.avoidIds())) {
                for (String id : ids) {
                    int mentee = pool.menteeIndex(id);
                    if (mentee >= 0) {
                        candidates.add(mentee, j);
                    }
                }
            }
        }
        long[] sorted = candidates.sortedDistinct();
        int[] flat = new int[sorted.length];
        int end = 0;
        for (long pair : sorted) {
            int mentee = (int) (pair >>> 32);
            int mentor = (int) pair;
            if (relationalConstraint(mentee, mentor) != null) {
                flat[end++] = mentor;
                blockedStart[mentee + 1]++;
            }
        }
        for (int i = 0; i < mentees.count; i++) {
            blockedStart[i + 1] += blockedStart[i];
        }
        return Arrays.copyOf(flat, end);
    }

    private void addMentors(PairList target, int mentee, Iterable<String> ids) {
        for (String id : ids) {
            int mentor = pool.mentorIndex(id);
            if (mentor >= 0) {
                target.add(mentee, mentor);
            }
        }
    }

    /** (mentee, mentor) pairs packed in longs, so that sorting them sorts by mentee, then mentor. */
    private static final class PairList {

        private long[] pairs = new long[64];
        private int size;

        void add(int mentee, int mentor) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = (long) mentee << 32 | mentor;
        }

        long[] sortedDistinct() {
            return Arrays.stream(pairs, 0, size).sorted().distinct().toArray();
        }
    }
}
