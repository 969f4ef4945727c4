package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(List.of(12.0, 3.0, 7.0, 5.0, 10.0))).isEqualTo(7.0);
        assertThat(Stats.median(List.of(12.0, 3.0, 7.0, 5.0, 10.0, 7.0))).isEqualTo(7.0);
        assertThat(Stats.median(List.of(1.0, 2.0))).isEqualTo(1.5);
        assertThat(Stats.median(List.of())).isNull();
    }

    @Test
    void thePercentileIsTheNearestRank() {
        assertThat(Stats.percentile(List.of(3.0, 5.0, 7.0, 10.0, 12.0), 90)).isEqualTo(12.0);
        List<Double> tenValues = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(Stats.percentile(tenValues, 90)).isEqualTo(9.0);
        assertThat(Stats.percentile(tenValues, 50)).isEqualTo(5.0);
        assertThat(Stats.percentile(List.of(4.0), 90)).isEqualTo(4.0);
    }

    @Test
    void daysAreFractional() {
        assertThat(Stats.days(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-20T12:00:00Z"))).isEqualTo(18.125);
    }
}
