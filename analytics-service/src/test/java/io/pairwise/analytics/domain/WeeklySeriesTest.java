package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySeriesTest {

    @Test
    void isoWeeksCrossTheYearEndInUtc() {
        // Thursday 2026-01-01 lies in 2026-W01, which starts on Monday 2025-12-29
        assertThat(WeeklySeries.isoWeek(LocalDate.parse("2026-01-01"))).isEqualTo("2026-W01");
        assertThat(WeeklySeries.weekStart(LocalDate.parse("2026-01-01"))).isEqualTo("2025-12-29");
        // 2027-01-01 is a Friday: it still belongs to 2026-W53
        assertThat(WeeklySeries.isoWeek(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        // 23:30 on a Sunday in UTC is that week, whatever the zone of the people involved
        assertThat(WeeklySeries.weekStart(Instant.parse("2026-03-08T23:30:00Z"))).isEqualTo("2026-03-02");
        assertThat(WeeklySeries.weekStart(Instant.parse("2026-03-09T00:00:00Z"))).isEqualTo("2026-03-09");
    }

    @Test
    void eventsLandInTheWeekOfTheirBusinessTime() {
        FactsFixture f = new FactsFixture().program("p", 14);
        for (int i = 1; i <= 5; i++) {
            f.mentee("p", "e" + i, "Sales", 0.5);             // Monday of week 2026-W02
            f.mentor("p", "m" + i, "Ops", 1, 7.0);            // Monday of W03
            f.matched("p", "ms" + i, "m" + i, "e" + i, 6.9);  // Sunday of W02, late evening
        }
        f.mentee("p", "late", "Sales", 13.99);                // Sunday of W03
        List<WeeklySeries.Week> weeks = WeeklySeries.of(f.facts(), LocalDate.parse("2026-01-07"), LocalDate.parse("2026-01-19"));
        assertThat(weeks).extracting(WeeklySeries.Week::week).containsExactly("2026-W02", "2026-W03", "2026-W04");
        assertThat(weeks.get(0).menteesEnrolled()).isEqualTo(new Figure(5.0, false));
        assertThat(weeks.get(0).matches()).isEqualTo(new Figure(5.0, false));
        assertThat(weeks.get(0).mentorsEnrolled()).isEqualTo(new Figure(0.0, false));
        assertThat(weeks.get(1).mentorsEnrolled()).isEqualTo(new Figure(5.0, false));
        assertThat(weeks.get(1).menteesEnrolled()).isEqualTo(new Figure(null, true));
        assertThat(weeks.get(2).matches()).isEqualTo(new Figure(0.0, false));
    }

    @Test
    void aRangeIsBoundedAndInOrder() {
        Facts none = new FactsFixture().facts();
        assertThatThrownBy(() -> WeeklySeries.of(none, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySeries.of(none, LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WeeklySeries.of(none, LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-28"))).hasSize(104);
    }
}
