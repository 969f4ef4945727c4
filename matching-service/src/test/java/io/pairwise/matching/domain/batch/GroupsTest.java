package io.pairwise.matching.domain.batch;

import static io.pairwise.matching.domain.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.SyntheticCompany;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void cohortsGatherAroundTheGoalTheirMentorTeaches() {
        int groupSize = 3;
        MatchingPool.Builder builder = MatchingPool.builder(SyntheticCompany.PROGRAM_START)
                .mentor(person("kube-mentor").expertise(new Skill("Kubernetes", 5)).build(), groupSize)
                .mentor(person("lead-mentor").expertise(new Skill("Leadership", 5)).build(), groupSize);
        for (int k = 0; k < groupSize; k++) {
            builder.mentee(person("kube-" + k).goals("kubernetes", "Public speaking").build());
            builder.mentee(person("lead-" + k).goals("Leadership").build());
        }
        MatchingPool pool = builder.build();
        MatchingResult result = new BatchMatcher().match(new CompatibilityScorer(pool,
                MatchingPolicy.defaults(MentoringType.GROUP)), Objective.MOST_MATCHED, Progress.NONE);

        List<Group> groups = Groups.of(result, pool);

        assertThat(groups).extracting(Group::mentorId).containsExactly("kube-mentor", "lead-mentor");
        assertThat(groups.getFirst().members()).extracting(MatchedPair::menteeId)
                .containsExactlyInAnyOrder("kube-0", "kube-1", "kube-2");
        assertThat(groups.getFirst().sharedGoals()).containsExactly("kubernetes", "Public speaking");
        assertThat(groups.get(1).sharedGoals()).containsExactly("Leadership");
        assertThat(groups.getFirst().averageScore()).isPositive();
    }
}
