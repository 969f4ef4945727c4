package io.pairwise.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The few statistics the dashboards need, on plain numbers. */
public final class Stats {

    private Stats() {
    }

    /** The middle value; the mean of the two middle values of an even count. Null for none. */
    public static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p} percent of values at or below it. */
    public static Double percentile(Collection<Double> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    public static Double mean(Collection<? extends Number> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    /** Days from one instant to another, fractional. */
    public static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }
}
