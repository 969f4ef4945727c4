package io.pairwise.profile.domain;

import static io.pairwise.profile.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MentoringType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private final ProgramSettings career = Fixtures.settings(MentoringType.CAREER, Fixtures.everyone());

    @Test
    void settingsTieDatesWindowAndGroupSizeTogether() {
        assertThatThrownBy(() -> withDates(LocalDate.parse("2026-01-05"), null))
                .hasMessageContaining("give both, or neither");
        assertThatThrownBy(() -> withDates(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .hasMessageContaining("endDate must not be before startDate");
        assertThat(withDates(null, null).evergreen()).isTrue();
        assertThat(withDates(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-12-18")).evergreen()).isFalse();
        assertThatThrownBy(() -> new ProgramSettings("G", null, MentoringType.GROUP, career.matchingMode(), null, null,
                null, null, 14, 90, 2, null, career.eligibility(), career.matchingRules(), List.of("ada")))
                .hasMessageContaining("groupSize is required");
        assertThatThrownBy(() -> new ProgramSettings("C", null, MentoringType.CAREER, career.matchingMode(), null, null,
                NOW, NOW.minusSeconds(1), 14, 90, 2, null, career.eligibility(), career.matchingRules(), List.of("ada")))
                .hasMessageContaining("enrollmentClosesAt must be after");
    }

    @Test
    void theCreatorOwnsANewProgramWhoseEnrollmentStartsClosed() {
        Program program = Program.create("prg-1", career, "bob", NOW);

        assertThat(program.settings().ownerIds()).containsExactly("ada", "bob");
        assertThat(program.enrollmentOpen()).isFalse();
        assertThat(program.acceptsEnrollments(NOW)).isFalse();
    }

    @Test
    void openingClosingAndClosingAgainChangeNothingTheSecondTime() {
        Program program = Program.create("prg-1", career, "ada", NOW);
        Program open = program.openEnrollment(NOW);

        assertThat(open.enrollmentOpen()).isTrue();
        assertThat(open.openEnrollment(NOW)).isSameAs(open);
        Program closed = open.close("ada", NOW);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.enrollmentOpen()).isFalse();
        assertThat(closed.close("bob", NOW)).isSameAs(closed);
        assertThatThrownBy(() -> closed.openEnrollment(NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> closed.update(career, false, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theMentoringTypeIsFixedOnceAnyoneEnrolled() {
        Program program = Program.create("prg-1", career, "ada", NOW);
        ProgramSettings peer = Fixtures.settings(MentoringType.PEER, Fixtures.everyone());

        assertThat(program.update(career, true, NOW)).isSameAs(program);
        assertThat(program.update(peer, false, NOW).settings().mentoringType()).isEqualTo(MentoringType.PEER);
        assertThatThrownBy(() -> program.update(peer, true, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("mentoring type");
    }

    @Test
    void theEnrollmentWindowAndEndDateLimitEnrollment() {
        ProgramSettings windowed = new ProgramSettings("W", null, MentoringType.CAREER, career.matchingMode(),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"), NOW.plusSeconds(60), null, 14, 90, 2,
                null, career.eligibility(), career.matchingRules(), List.of("ada"));
        Program program = Fixtures.openProgram(windowed);

        assertThat(program.windowRefusals(NOW)).containsExactly("enrollment opens at " + NOW.plusSeconds(60),
                "the program ended on 2026-03-01");
    }

    @Test
    void eligibilityComparesDepartmentsAndLocationsWithoutCaseAndStagesExactly() {
        Program program = Fixtures.openProgram(Fixtures.settings(MentoringType.CAREER, new Eligibility(
                List.of("platform engineering"), List.of("Berlin", "Lisbon"), List.of(CareerStage.EARLY, CareerStage.MID))));

        assertThat(program.eligibilityGaps(Fixtures.profile())).containsExactly("career stage SENIOR is not eligible");
    }

    private ProgramSettings withDates(LocalDate start, LocalDate end) {
        return new ProgramSettings("P", null, MentoringType.CAREER, career.matchingMode(), start, end, null, null, 14,
                90, 2, null, career.eligibility(), career.matchingRules(), List.of("ada"));
    }
}
