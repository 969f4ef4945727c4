package io.pairwise.matching.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheLargestKeysFirstAndReturnsTheLargestOfTheRest() {
        Random random = new Random(1);
        for (int round = 0; round < 2000; round++) {
            int size = 1 + random.nextInt(60);
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                keys[k] = TopK.key(random.nextInt(10), k);
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            int keep = random.nextInt(size + 2);

            long threshold = TopK.keepLargest(keys, 0, size, keep);

            if (keep >= size) {
                assertThat(threshold).isEqualTo(TopK.OPEN);
            } else {
                long[] kept = Arrays.copyOf(keys, keep);
                Arrays.sort(kept);
                assertThat(kept).containsExactly(Arrays.copyOfRange(sorted, size - keep, size));
                assertThat(threshold).isEqualTo(sorted[size - keep - 1]);
            }
        }
    }

    @Test
    void keysOrderByScoreThenLowerIndex() {
        assertThat(TopK.key(5, 3)).isGreaterThan(TopK.key(4, 0));
        assertThat(TopK.key(5, 3)).isGreaterThan(TopK.key(5, 4));
        assertThat(TopK.key(-1, 0)).isLessThan(TopK.OPEN);
        assertThat(TopK.key(0, Integer.MAX_VALUE - 1)).isGreaterThan(TopK.OPEN);
        assertThat(TopK.index(TopK.key(7, 42))).isEqualTo(42);
        assertThat(TopK.score(TopK.key(7, 42))).isEqualTo(7);
    }
}
