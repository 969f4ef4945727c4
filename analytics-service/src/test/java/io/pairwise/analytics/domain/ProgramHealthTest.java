package io.pairwise.analytics.domain;

import static io.pairwise.analytics.domain.FactsFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The company view over two programs: people are counted in the program they are enrolled in, and a
 * figure is suppressed by the people behind it company-wide.
 */
class ProgramHealthTest {

    /**
     * p: mentors a1..a3 (capacity 2, Engineering), mentees b1..b4 enrolled on day 0 (Sales, b4 Engineering);
     * q: mentors c1, c2 (capacity 1, Sales), mentees d1..d3 on day 2 (Sales).
     * Matched: a1-b1 day 2, a2-b2 day 4, a3-b4 day 10 (same department), c1-d1 day 3, c2-d2 day 9.
     */
    private static Facts twoPrograms() {
        FactsFixture f = new FactsFixture().program("p", 14).program("q", 7);
        for (int i = 1; i <= 3; i++) {
            f.mentor("p", "a" + i, "Engineering", 2, 0, "Kubernetes");
        }
        for (int i = 1; i <= 4; i++) {
            f.mentee("p", "b" + i, i == 4 ? "Engineering" : "Sales", 0, "Kubernetes");
        }
        f.mentor("q", "c1", "Sales", 1, 2, "Kubernetes").mentor("q", "c2", "Sales", 1, 2);
        for (int i = 1; i <= 3; i++) {
            f.mentee("q", "d" + i, "Sales", 2, "Kubernetes");
        }
        f.matched("p", "m1", "a1", "b1", 2).matched("p", "m2", "a2", "b2", 4).matched("p", "m3", "a3", "b4", 10)
                .matched("q", "m4", "c1", "d1", 3).matched("q", "m5", "c2", "d2", 9);
        f.held("p", "m1", "s1", 9, "a1", "b1").held("p", "m2", "s2", 12, "a2", "b2").held("q", "m4", "s3", 5, "c1", "d1");
        return f.facts();
    }

    @Test
    void theCompanyFiguresAddBothProgramsUp() {
        Overview company = ProgramHealth.overview(null, twoPrograms(), p -> AtRiskRules.DEFAULTS, day(20));
        assertThat(company.enrollment().mentors()).isEqualTo(new Figure(5.0, false));
        assertThat(company.enrollment().mentees()).isEqualTo(new Figure(7.0, false));
        assertThat(company.enrollment().waitlist()).isEqualTo(new Figure(null, true));    // b3, d3
        assertThat(company.matching().matchRate()).isEqualTo(new Figure(0.7143, false));  // 5 of 7
        // days to match: b1 2, b2 4, b4 10, d1 1, d2 7 -> median 4, nearest-rank p90 10
        assertThat(company.matching().timeToMatchMedianDays()).isEqualTo(new Figure(4.0, false));
        assertThat(company.matching().timeToMatchP90Days()).isEqualTo(new Figure(10.0, false));
        // first sessions 7 (m1), 8 (m2), 2 (m4) days after the match: six people
        assertThat(company.matching().timeToFirstSessionMedianDays()).isEqualTo(new Figure(7.0, false));
        assertThat(company.mentorships().active()).isEqualTo(new Figure(5.0, false));
        // load: 5 mentees over 5 mentors with 2+2+2+1+1 = 8 places; c1 and c2 are full
        assertThat(company.mentorLoad().averageMenteesPerMentor()).isEqualTo(new Figure(1.0, false));
        assertThat(company.mentorLoad().capacityUtilisation()).isEqualTo(new Figure(0.625, false));
        assertThat(company.mentorLoad().mentorsAtCapacity()).isEqualTo(new Figure(2.0, false));
        // m1, m2 cross Engineering-Sales; m3 does not; q is all Sales: 2 of 5 over 10 people
        assertThat(company.connections().crossDepartmentShare()).isEqualTo(new Figure(0.4, false));
        assertThat(company.connections().crossDepartment()).isEqualTo(new Figure(null, true));
        // within cadence at day 20: m1 (11 of 14), m2 (8 of 14), m4 (15 of 7: no), m3 (10 of 14), m5 (11 of 7: no)
        assertThat(company.sessions().cadenceAdherence()).isEqualTo(new Figure(0.6, false));
    }

    @Test
    void oneProgramAloneIsTooSmallToShow() {
        Facts all = twoPrograms();
        Facts onlyQ = new Facts(all.programs().stream().filter(p -> p.programId().equals("q")).toList(),
                all.participants(), all.enrollments().stream().filter(e -> e.programId().equals("q")).toList(),
                List.of(), all.mentorships().stream().filter(m -> m.programId().equals("q")).toList(),
                all.sessions().stream().filter(s -> s.programId().equals("q")).toList(), List.of(), List.of(), List.of());
        Overview q = ProgramHealth.overview("q", onlyQ, p -> AtRiskRules.DEFAULTS, day(20));
        assertThat(q.enrollment().mentors().suppressed()).isTrue();
        assertThat(q.enrollment().mentees().suppressed()).isTrue();
        assertThat(q.matching().matchRate().suppressed()).isTrue();
        assertThat(q.mentorships().active().suppressed()).isTrue();
        assertThat(q.sessions().held().suppressed()).isTrue();
    }

    @Test
    void aPausedMentorshipIsNeitherActiveNorWaitlistedAndAnEndedOneIsCountedByOutcome() {
        Facts.Mentorship paused = new Facts.Mentorship("m", "p", List.of("a"), List.of("b"), day(0), 14, null,
                day(5), day(3), null, null, null, null);
        assertThat(paused.status()).isEqualTo(Facts.MentorshipStatus.PAUSED);
        Facts.Mentorship resumed = new Facts.Mentorship("m", "p", List.of("a"), List.of("b"), day(0), 14, 7,
                day(5), day(6), null, null, null, null);
        assertThat(resumed.status()).isEqualTo(Facts.MentorshipStatus.ACTIVE);
        assertThat(resumed.cadenceDays(21)).isEqualTo(7);
        Facts.Mentorship ended = new Facts.Mentorship("m", "p", List.of("a"), List.of("b"), day(0), 14, null,
                null, null, day(0), day(30), "COMPLETED", "PLANNED_END");
        assertThat(ended.status()).isEqualTo(Facts.MentorshipStatus.COMPLETED);
        assertThat(ended.lengthDays()).isEqualTo(30.0);
        Facts.Mentorship onlySeenBySessions = new Facts.Mentorship("m", "p", List.of(), List.of(), null, null, 7,
                null, null, null, null, null, null);
        assertThat(onlySeenBySessions.status()).isEqualTo(Facts.MentorshipStatus.UNKNOWN);
    }
}
