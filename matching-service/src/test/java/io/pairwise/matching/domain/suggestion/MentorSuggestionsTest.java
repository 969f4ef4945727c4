package io.pairwise.matching.domain.suggestion;

import static io.pairwise.matching.domain.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.SyntheticCompany;
import io.pairwise.matching.domain.batch.BatchMatcher;
import io.pairwise.matching.domain.batch.MatchedPair;
import io.pairwise.matching.domain.batch.MatchingResult;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentorSuggestionsTest {

    @Test
    void suggestsOnlyAllowedMentorsWithAFreePlaceBestFirstInPages() {
        MatchingPool pool = MatchingPool.builder(SyntheticCompany.PROGRAM_START)
                .mentee(person("mentee").goals("Kubernetes").reportingChain("manager").build())
                .mentor(person("manager").expertise(new Skill("Kubernetes", 5)).build(), 2)
                .mentor(person("full").expertise(new Skill("Kubernetes", 5)).build(), 0)
                .mentor(person("expert").expertise(new Skill("Kubernetes", 5)).build(), 1)
                .mentor(person("novice").expertise(new Skill("Kubernetes", 2)).build(), 1)
                .mentor(person("other").build(), 3)
                .build();
        MentorSuggestions suggestions = new MentorSuggestions(new CompatibilityScorer(pool,
                MatchingPolicy.defaults(MentoringType.CAREER)));

        SuggestionPage first = suggestions.forMentee("mentee", Map.of(), 0, 2);
        SuggestionPage second = suggestions.forMentee("mentee", Map.of(), 2, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.suggestions()).extracting(Suggestion::mentorId).containsExactly("expert", "novice");
        assertThat(first.suggestions()).extracting(Suggestion::rank).containsExactly(1, 2);
        assertThat(second.suggestions()).extracting(Suggestion::mentorId).containsExactly("other");
        assertThat(second.suggestions().getFirst().rank()).isEqualTo(3);
        assertThat(first.suggestions().getFirst().explanation().reasons().getFirst().text())
                .isEqualTo("shares your goal: Kubernetes (mentor level 5)");
    }

    @Test
    void aContestedMentorIsNotEveryonesFirstChoice() {
        MatchingPool pool = SyntheticCompany.generate(21, 600, 240);
        CompatibilityScorer scorer = new CompatibilityScorer(pool, MatchingPolicy.defaults(MentoringType.CAREER));
        MatchingResult optimum = new BatchMatcher().match(scorer, Objective.BEST_TOTAL_FIT, Progress.NONE);
        MentorSuggestions suggestions = new MentorSuggestions(scorer);

        for (MatchedPair pair : optimum.pairs()) {
            Suggestion top = suggestions.forMentee(pair.menteeId(), optimum.mentorPrices(), 0, 1).suggestions()
                    .getFirst();
            // With the optimum's prices, no mentor is worth more to a mentee than the one the optimum gave it.
            double surplus = pair.score() - optimum.mentorPrices().get(pair.mentorId());
            assertThat(top.score() - top.price()).isCloseTo(surplus, within(1e-5));
        }
        long firstChoices = optimum.pairs().stream().map(pair -> suggestions.forMentee(pair.menteeId(), Map.of(), 0, 1)
                .suggestions().getFirst().mentorId()).distinct().count();
        long withPrices = optimum.pairs().stream().map(pair -> suggestions.forMentee(pair.menteeId(),
                optimum.mentorPrices(), 0, 1).suggestions().getFirst().mentorId()).distinct().count();
        assertThat(withPrices).isGreaterThan(firstChoices);
    }
}
