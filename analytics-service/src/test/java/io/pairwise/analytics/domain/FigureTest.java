package io.pairwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final Set<String> FOUR = Set.of("a", "b", "c", "d");
    private static final Set<String> FIVE = Set.of("a", "b", "c", "d", "e");

    @Test
    void aFigureAboutFewerThanFivePeopleHasNoValue() {
        assertThat(Figure.count(4, FOUR)).isEqualTo(new Figure(null, true));
        assertThat(Figure.ratio(1, 4, FOUR)).isEqualTo(new Figure(null, true));
        assertThat(Figure.measure(3.5, FOUR)).isEqualTo(new Figure(null, true));
        assertThat(Figure.people(FOUR).suppressed()).isTrue();
    }

    @Test
    void fivePeopleAreEnough() {
        assertThat(Figure.count(7, FIVE)).isEqualTo(new Figure(7.0, false));
        assertThat(Figure.ratio(2, 3, FIVE)).isEqualTo(new Figure(0.6667, false));
        assertThat(Figure.measure(3.14159, FIVE)).isEqualTo(new Figure(3.14, false));
    }

    @Test
    void aCountOfNobodyIsZeroButARateOfNobodyIsSuppressed() {
        assertThat(Figure.count(0, Set.of())).isEqualTo(new Figure(0.0, false));
        assertThat(Figure.ratio(0, 0, Set.of())).isEqualTo(new Figure(null, true));
        assertThat(Figure.ratio(0, 0, FIVE)).isEqualTo(new Figure(null, true));
    }
}
