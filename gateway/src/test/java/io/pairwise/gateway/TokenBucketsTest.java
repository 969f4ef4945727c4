package io.pairwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    /** A clock the test moves by hand, in nanoseconds. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(new GatewayProperties.Limit(2, 4), now::get);

    @Test
    void grantsABurstThenNamesTheWaitForTheNextToken() {
        for (int i = 0; i < 4; i++) {
            assertThat(buckets.take("ada")).isZero();
        }
        assertThat(buckets.take("ada")).isEqualTo(Duration.ofMillis(500));
        advance(Duration.ofMillis(200));
        assertThat(buckets.take("ada")).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void refillsAtTheConfiguredRateButNeverAboveTheBurst() {
        for (int i = 0; i < 4; i++) {
            buckets.take("ada");
        }
        advance(Duration.ofMillis(500));
        assertThat(buckets.take("ada")).isZero();
        assertThat(buckets.take("ada")).isPositive();

        advance(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            assertThat(buckets.take("ada")).isZero();
        }
        assertThat(buckets.take("ada")).isPositive();
    }

    @Test
    void keepsEveryKeyInItsOwnBucket() {
        for (int i = 0; i < 4; i++) {
            buckets.take("ada");
        }
        assertThat(buckets.take("ada")).isPositive();
        assertThat(buckets.take("bob")).isZero();
    }

    @Test
    void forgetsBucketsThatAreFullAgain() {
        buckets.take("ada");
        buckets.take("bob");
        for (int i = 0; i < 4; i++) {
            buckets.take("cem");
        }
        assertThat(buckets.trackedKeys()).isEqualTo(3);
        // Two seconds refill a whole burst of four at two per second; the next call sweeps.
        advance(Duration.ofSeconds(2));
        buckets.take("dan");
        assertThat(buckets.trackedKeys()).isEqualTo(1);
    }

    @Test
    void refusesALimitThatCouldNeverGrantARequest() {
        assertThatThrownBy(() -> new TokenBuckets(new GatewayProperties.Limit(0, 4), now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(new GatewayProperties.Limit(1, 0), now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
