package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillDemandTest {

    @Test
    void theLargestGapComesFirstAndSmallSidesAreSuppressed() {
        FactsFixture f = new FactsFixture().program("p", 14);
        for (int i = 1; i <= 5; i++) {
            if (i <= 2) {
                f.mentor("p", "m" + i, "Ops", 1, 0, "Java", "Rust");
            } else {
                f.mentor("p", "m" + i, "Ops", 1, 0, "Java");
            }
        }
        for (int i = 1; i <= 12; i++) {
            if (i <= 9) {
                f.mentee("p", "e" + i, "Ops", 0, "Rust", "Java");
            } else {
                f.mentee("p", "e" + i, "Ops", 0, "Java");
            }
        }
        f.matched("p", "ms1", "m1", "e1", 1);
        List<SkillDemand.Skill> skills = SkillDemand.of(f.facts());
        assertThat(skills).extracting(SkillDemand.Skill::skill).containsExactly("Java", "Rust");
        SkillDemand.Skill java = skills.get(0);
        assertThat(java.mentors()).isEqualTo(new Figure(5.0, false));
        assertThat(java.mentees()).isEqualTo(new Figure(12.0, false));
        assertThat(java.waitlistedMentees()).isEqualTo(new Figure(11.0, false));
        assertThat(java.gap()).isEqualTo(new Figure(7.0, false));
        SkillDemand.Skill rust = skills.get(1);
        assertThat(rust.mentors().suppressed()).isTrue();       // m1, m2
        assertThat(rust.mentees()).isEqualTo(new Figure(9.0, false));
        assertThat(rust.gap().suppressed()).isTrue();
    }
}
