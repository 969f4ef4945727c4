package io.pairwise.analytics.domain;

import java.util.Set;

/**
 * One published number. Aggregates only: a figure about fewer than {@link #MIN_PEOPLE} people is
 * suppressed (no value), so nobody can be singled out. A count of nobody is shown as 0, since it
 * describes no one; a rate or an average without five people behind it is suppressed.
 *
 * @param value      the figure, null when suppressed or when there is nothing to compute it from
 * @param suppressed true when fewer than five people are behind it
 */
public record Figure(Double value, boolean suppressed) {

    public static final int MIN_PEOPLE = 5;

    /** A count of things (enrollments, sessions) involving {@code people}. */
    public static Figure count(long count, Set<String> people) {
        if (people.isEmpty()) {
            return new Figure(0.0, false);
        }
        return people.size() < MIN_PEOPLE ? suppressedFigure() : new Figure((double) count, false);
    }

    /** A count of the people themselves. */
    public static Figure people(Set<String> people) {
        return count(people.size(), people);
    }

    /** A share in [0, 1], four decimals. */
    public static Figure ratio(long part, long whole, Set<String> people) {
        if (people.size() < MIN_PEOPLE || whole == 0) {
            return suppressedFigure();
        }
        return new Figure(round((double) part / whole, 4), false);
    }

    /** An average, median or percentile, two decimals. */
    public static Figure measure(Double value, Set<String> people) {
        if (people.size() < MIN_PEOPLE || value == null) {
            return suppressedFigure();
        }
        return new Figure(round(value, 2), false);
    }

    private static Figure suppressedFigure() {
        return new Figure(null, true);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
