package io.pairwise.analytics.domain;

import static io.pairwise.analytics.domain.FactsFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.analytics.domain.AtRisk.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtRiskDetectorTest {

    private static List<Code> codes(AtRisk atRisk) {
        return atRisk.reasons().stream().map(AtRisk.Reason::code).toList();
    }

    @Test
    void aMentorshipWithoutSessionsIsFlaggedOnceTheThresholdsPass() {
        FactsFixture f = new FactsFixture().program("p", 14).matched("p", "ms", "m", "e", 0);
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(14))).isEmpty();
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(15)))
                .singleElement().satisfies(a -> assertThat(codes(a)).containsExactly(Code.NO_FIRST_SESSION));
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(21.5)))
                .singleElement().satisfies(a -> assertThat(codes(a))
                        .containsExactly(Code.NO_RECENT_SESSION, Code.NO_FIRST_SESSION));
    }

    @Test
    void aSessionWithinTheCadenceClearsIt() {
        FactsFixture f = new FactsFixture().program("p", 14).matched("p", "ms", "m", "e", 0)
                .held("p", "ms", "s1", 10, "m", "e");
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(31))).isEmpty();
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(31.1)))
                .singleElement().satisfies(a -> {
                    assertThat(codes(a)).containsExactly(Code.NO_RECENT_SESSION);
                    assertThat(a.reasons().getFirst().since()).isEqualTo(day(10));
                });
    }

    @Test
    void ratingsFallingByAtLeastTheDropAreFlagged() {
        FactsFixture f = new FactsFixture().program("p", 14).matched("p", "ms", "m", "e", 0)
                .held("p", "ms", "s1", 20, "m", "e")
                .rating("p", "ms", "e", 5, 1).rating("p", "ms", "e", 5, 2).rating("p", "ms", "e", 4, 3)
                .rating("p", "ms", "e", 4, 4).rating("p", "ms", "e", 4, 5);
        // earlier 5, 5 against the last three 4, 4, 4: a drop of 1
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(21)))
                .singleElement().satisfies(a -> assertThat(codes(a)).containsExactly(Code.FALLING_RATINGS));
        AtRiskRules lenient = new AtRiskRules(true, 1.5, true, 3, 1.5, true, 3, true, 14);
        assertThat(AtRiskDetector.detect(f.facts(), p -> lenient, day(21))).isEmpty();
    }

    @Test
    void rulesCanBeSwitchedOffPerProgramAndMustBeSensible() {
        FactsFixture f = new FactsFixture().program("p", 14).program("q", 14)
                .matched("p", "msp", "m1", "e1", 0).matched("q", "msq", "m2", "e2", 0);
        AtRiskRules off = new AtRiskRules(false, 1.5, false, 3, 1.0, false, 3, false, 14);
        List<AtRisk> atRisk = AtRiskDetector.detect(f.facts(), p -> p.equals("q") ? off : AtRiskRules.DEFAULTS, day(40));
        assertThat(atRisk).extracting(AtRisk::mentorshipId).containsExactly("msp");
        assertThatThrownBy(() -> new AtRiskRules(true, 0.5, true, 3, 1.0, true, 3, true, 14))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnansweredProposalIsFlaggedAfterTheDaysAllowed() {
        FactsFixture f = new FactsFixture().program("p", 14);
        f.proposals.add(new Facts.Proposal("open", "p", List.of("m"), List.of("e"), day(0), null, null, null));
        f.proposals.add(new Facts.Proposal("declined", "p", List.of("m"), List.of("e2"), day(0), null, day(1), null));
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(3))).isEmpty();
        assertThat(AtRiskDetector.detect(f.facts(), p -> AtRiskRules.DEFAULTS, day(3.5)))
                .singleElement().satisfies(a -> {
                    assertThat(a.subject()).isEqualTo(AtRisk.Subject.PROPOSAL);
                    assertThat(a.mentorshipId()).isEqualTo("open");
                });
    }
}
