package io.pairwise.matching.domain.scoring;

import static io.pairwise.matching.domain.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pairwise.matching.domain.CareerStage;
import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.HardConstraint;
import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MeetingMode;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.People;
import io.pairwise.matching.domain.Reason;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.SyntheticCompany;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompatibilityScorerTest {

    private static final MatchingPolicy CAREER = MatchingPolicy.defaults(MentoringType.CAREER);

    @Test
    void explainsASharedGoalWithTheMentorsLevel() {
        MatchingPool pool = pool(person("mentee").goals("Kubernetes", "Negotiation"),
                person("mentor").expertise(new Skill("kubernetes ", 5), new Skill("Java", 3)));

        Explanation explanation = new CompatibilityScorer(pool, CAREER).explain(0, 0);

        assertThat(explanation.reasons()).hasSizeBetween(2, 3);
        assertThat(explanation.reasons().getFirst()).isEqualTo(new Reason(Criterion.SKILL_FIT, "shared-goal",
                Map.of("skill", "Kubernetes", "mentorLevel", "5"), "shares your goal: Kubernetes (mentor level 5)"));
        assertThat(explanation.contributions().get(Criterion.SKILL_FIT)).isPositive();
        assertThat(explanation.contributions().keySet()).containsExactly(Criterion.values());
    }

    @Test
    void explainsTheOtherCriteriaInWordsAndArguments() {
        MatchingPool pool = pool(person("mentee").department("Sales").values("integrity", "Curiosity", "craft")
                        .meeting(14, MeetingMode.VIDEO, MeetingMode.CHAT).languages("de-CH", "en"),
                person("mentor").department("Finance").values("curiosity", "integrity").languages("de")
                        .meeting(14, MeetingMode.IN_PERSON, MeetingMode.VIDEO).stage(CareerStage.SENIOR, 13));

        Explanation practical = new CompatibilityScorer(pool, CAREER.withWeights(weights(Criterion.SENIORITY_GAP,
                Criterion.TIME_ZONE_OVERLAP, Criterion.SHARED_LANGUAGE))).explain(0, 0);
        Explanation personal = new CompatibilityScorer(pool, CAREER.withWeights(weights(Criterion.STYLE_AND_VALUES,
                Criterion.MEETING_PREFERENCES, Criterion.CROSS_DEPARTMENT))).explain(0, 0);

        assertThat(practical.reasons()).extracting(Reason::text).containsExactly(
                "8 more years of experience (senior career stage)", "works the same hours as you",
                "you both speak German");
        assertThat(practical.reasons().get(2).arguments()).containsExactly(Map.entry("language", "de"));
        assertThat(personal.reasons()).extracting(Reason::text).containsExactly(
                "likes to meet by video too, about every 14 days", "an outside view from Finance",
                "shares your values: integrity, Curiosity");
        assertThat(personal.reasons()).extracting(Reason::code).containsExactly("meeting-fit", "other-department",
                "shared-values");
        assertThat(personal.contributions().get(Criterion.SKILL_FIT)).isZero();
    }

    @Test
    void contributionsAddUpToTheScoreWhichStaysBetweenZeroAndOne() {
        CompatibilityScorer scorer = new CompatibilityScorer(SyntheticCompany.generate(1, 200, 80), CAREER);
        Random random = new Random(2);
        for (int k = 0; k < 2000; k++) {
            int mentee = random.nextInt(200);
            int mentor = random.nextInt(80);
            if (scorer.allowed(mentee, mentor)) {
                Explanation explanation = scorer.explain(mentee, mentor);
                double sum = explanation.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(explanation.score()).isBetween(0.0, 1.0).isCloseTo(sum, within(1e-6));
                assertThat(scorer.score(mentee, mentor)).hasValue(explanation.score());
            }
        }
    }

    @Test
    void rowScoresSingleScoresAndTheConstraintChecksAgree() {
        MatchingPool pool = SyntheticCompany.generate(4, 150, 60);
        CompatibilityScorer scorer = new CompatibilityScorer(pool, CAREER.withMaxTimeZoneDistanceHours(5)
                .withSameLanguageRequired(true));
        RowScorer row = scorer.newRow();
        int[] scores = new int[60];
        int notAllowed = 0;
        for (int i = 0; i < 150; i++) {
            row.prepare(i);
            row.scoreAll(scores);
            for (int j = 0; j < 60; j++) {
                boolean allowed = scorer.violations(i, j).isEmpty();
                assertThat(scores[j] >= 0).isEqualTo(allowed);
                assertThat(scorer.allowed(i, j)).isEqualTo(allowed);
                assertThat(row.score(j)).isEqualTo(allowed ? scores[j] : CompatibilityScorer.NOT_ALLOWED);
                notAllowed += allowed ? 0 : 1;
            }
        }
        assertThat(notAllowed).isBetween(100, 150 * 60 - 100);
    }

    @Test
    void theSeniorityRuleFollowsTheProgramType() {
        MatchingPool pool = pool(person("mentee").stage(CareerStage.MID, 5),
                person("senior").stage(CareerStage.SENIOR, 12), person("peer").stage(CareerStage.MID, 5),
                person("junior").stage(CareerStage.EARLY, 1));

        assertThat(seniority(pool, MentoringType.CAREER)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(seniority(pool, MentoringType.REVERSE)).isSorted();
        double[] peer = seniority(pool, MentoringType.PEER);
        assertThat(peer[1]).isGreaterThan(peer[0]).isGreaterThan(peer[2] - 1e-9);
    }

    @Test
    void rareGoalsWeighMoreThanCommonOnes() {
        MatchingPool.Builder builder = MatchingPool.builder(SyntheticCompany.PROGRAM_START)
                .mentee(person("mentee").goals("Common", "Rare").build());
        for (int k = 0; k < 4; k++) {
            builder.mentee(person("wants-rare-" + k).goals("Rare").build());
        }
        builder.mentor(person("common").expertise(new Skill("Common", 5)).build(), 1)
                .mentor(person("rare").expertise(new Skill("Rare", 5)).build(), 1)
                .mentor(person("common-2").expertise(new Skill("Common", 4)).build(), 1);
        CompatibilityScorer scorer = new CompatibilityScorer(builder.build(), CAREER);

        Explanation common = scorer.explain(0, 0);
        Explanation rare = scorer.explain(0, 1);

        assertThat(rare.contributions().get(Criterion.SKILL_FIT))
                .isGreaterThan(common.contributions().get(Criterion.SKILL_FIT));
        assertThat(rare.reasons().getFirst().code()).isEqualTo("rare-skill");
        assertThat(rare.reasons().getFirst().text()).isEqualTo("brings a skill few mentors offer: Rare (mentor level 5)");
    }

    @Test
    void aMentorMustKnowMoreThanTheMenteeToTeach() {
        MatchingPool pool = pool(person("mentee").goals("Kubernetes").expertise(new Skill("Kubernetes", 4)),
                person("less").expertise(new Skill("Kubernetes", 3)), person("more").expertise(new Skill("Kubernetes", 5)));
        CompatibilityScorer scorer = new CompatibilityScorer(pool, CAREER);

        assertThat(scorer.explain(0, 0).contributions().get(Criterion.SKILL_FIT)).isZero();
        assertThat(scorer.explain(0, 1).contributions().get(Criterion.SKILL_FIT)).isPositive();
    }

    @Test
    void timeZonesOverlapByWorkingHoursAndLanguagesByLanguageNotRegion() {
        // On 2 March 2026 Berlin is UTC+1 and New York UTC-5: six hours apart, two shared working hours.
        MatchingPool pool = pool(person("mentee").languages("en-GB").timeZone("Europe/Berlin"),
                person("new-york").languages("en-US").timeZone("America/New_York"),
                person("paris").languages("fr").timeZone("Europe/Paris"));
        CompatibilityScorer scorer = new CompatibilityScorer(pool, CAREER);

        Explanation newYork = scorer.explain(0, 0);
        assertThat(newYork.contributions().get(Criterion.TIME_ZONE_OVERLAP))
                .isCloseTo(CAREER.weight(Criterion.TIME_ZONE_OVERLAP) / totalWeight() * 0.25, within(1e-9));
        assertThat(newYork.contributions().get(Criterion.SHARED_LANGUAGE))
                .isCloseTo(CAREER.weight(Criterion.SHARED_LANGUAGE) / totalWeight(), within(1e-9));

        CompatibilityScorer strict = new CompatibilityScorer(pool, CAREER.withMaxTimeZoneDistanceHours(4)
                .withSameLanguageRequired(true));
        assertThat(strict.violations(0, 0)).containsExactly(HardConstraint.TIME_ZONE_DISTANCE);
        assertThat(strict.violations(0, 1)).containsExactly(HardConstraint.NO_SHARED_LANGUAGE);
        assertThat(strict.score(0, 0)).isEmpty();
    }

    @Test
    void everyRelationalConstraintRulesAPairOutEitherWay() {
        MatchingPool pool = MatchingPool.builder(SyntheticCompany.PROGRAM_START)
                .mentee(person("mentee").reportingChain("manager", "skip", "ceo").avoids("avoided").build())
                .mentee(person("boss").build())
                .mentor(person("manager").build(), 1)
                .mentor(person("skip").build(), 1)
                .mentor(person("ceo").build(), 1)
                .mentor(person("avoided").build(), 1)
                .mentor(person("avoider").avoids("mentee").build(), 1)
                .mentor(person("ex").build(), 1)
                .mentor(person("report").reportingChain("boss").build(), 1)
                .mentor(person("boss").build(), 1)
                .endedEarly("ex", "mentee")
                .build();
        CompatibilityScorer scorer = new CompatibilityScorer(pool, CAREER);

        assertThat(scorer.violations(0, 0)).containsExactly(HardConstraint.REPORTING_CHAIN);
        assertThat(scorer.violations(0, 1)).containsExactly(HardConstraint.REPORTING_CHAIN);
        assertThat(scorer.violations(0, 2)).isEmpty();
        assertThat(scorer.violations(0, 3)).containsExactly(HardConstraint.AVOIDED);
        assertThat(scorer.violations(0, 4)).containsExactly(HardConstraint.AVOIDED);
        assertThat(scorer.violations(0, 5)).containsExactly(HardConstraint.ENDED_EARLY);
        assertThat(scorer.violations(1, 6)).containsExactly(HardConstraint.REPORTING_CHAIN);
        assertThat(scorer.violations(1, 7)).containsExactly(HardConstraint.SAME_PERSON);
        assertThat(new CompatibilityScorer(pool, CAREER.withReportingChainDepth(1)).violations(0, 1)).isEmpty();
        assertThat(new CompatibilityScorer(pool, CAREER.withReportingChainDepth(0)).allowed(0, 0)).isTrue();
        for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
            assertThat(scorer.allowed(0, mentor)).isEqualTo(mentor == 2 || mentor >= 6);
        }
    }

    private static Map<Criterion, Double> weights(Criterion... weighted) {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : weighted) {
            weights.put(criterion, 1.0);
        }
        return weights;
    }

    private static double[] seniority(MatchingPool pool, MentoringType type) {
        CompatibilityScorer scorer = new CompatibilityScorer(pool, MatchingPolicy.defaults(type));
        double[] values = new double[pool.mentorCount()];
        for (int j = 0; j < values.length; j++) {
            values[j] = scorer.explain(0, j).contributions().get(Criterion.SENIORITY_GAP);
        }
        return values;
    }

    private static double totalWeight() {
        return CAREER.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** A pool of one mentee and the given mentors, capacity 1 each. */
    static MatchingPool pool(People mentee, People... mentors) {
        MatchingPool.Builder builder = MatchingPool.builder(SyntheticCompany.PROGRAM_START).mentee(mentee.build());
        for (People mentor : mentors) {
            builder.mentor(mentor.build(), 1);
        }
        return builder.build();
    }
}
