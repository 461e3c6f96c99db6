package io.github.sansanghlsync.ghl;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler runs on a clock that stands still, so every wait is an exact distance from the same moment. */
class QuotaSchedulerTests {

    private static final long NOW = 1_000_000_000L;

    /** 100 requests per 10 s at this headroom. */
    private static QuotaScheduler scheduler(double headroom) {
        return new QuotaScheduler(100, Duration.ofSeconds(10), headroom, () -> NOW);
    }

    @Test
    void startsAtMostTheHeadroomShareOfTheLimitInAnyWindow() {
        // given: 100 per 10 s at 90 % headroom = 90 permits
        QuotaScheduler quota = scheduler(0.9);

        // when
        Duration[] waits = reserve(quota, 181);

        // then: 90 start in the first window, the 91st waits for the window to pass, the 181st two windows
        assertThat(quota.permits()).isEqualTo(90);
        assertThat(waits[89]).as("spread over 2.2 s").isBetween(Duration.ofMillis(2_100), Duration.ofMillis(2_200));
        assertThat(waits[90]).isBetween(Duration.ofMillis(9_800), Duration.ofMillis(10_000));
        assertThat(waits[180]).isBetween(Duration.ofMillis(19_800), Duration.ofMillis(20_000));
    }

    @Test
    void spreadsAWindowsStartsAtMostFourTimesTheEvenRate() {
        // given: 90 permits per 10 s, so at most 4 in any 100 ms
        QuotaScheduler quota = scheduler(0.9);

        // when
        Duration[] waits = reserve(quota, 400);

        // then: never more than 4 starts in 100 ms or 90 in 10 s, and no slower than that allows
        for (int i = 4; i < waits.length; i++) {
            assertThat(waits[i].minus(waits[i - 4])).as("start %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        }
        for (int i = 90; i < waits.length; i++) {
            assertThat(waits[i].minus(waits[i - 90])).as("start %d", i).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        assertThat(waits[3]).isLessThan(Duration.ofMillis(50));
        assertThat(waits[4]).isBetween(Duration.ofMillis(90), Duration.ofMillis(100));
        assertThat(waits[399]).as("4 windows of 90 and 40 more").isBetween(Duration.ofMillis(40_800), Duration.ofMillis(41_000));
    }

    @Test
    void adoptsTheLimitAndWindowGhlReports() {
        // given
        QuotaScheduler quota = scheduler(0.5);

        // when: GHL says 20 per 2 s
        quota.observe(20, 2_000L, 15);
        Duration[] waits = reserve(quota, 11);

        // then: 10 permits per 2 s window, at most 1 in any 20 ms
        assertThat(quota.permits()).isEqualTo(10);
        assertThat(waits[1]).isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
        assertThat(waits[9]).isBetween(Duration.ofMillis(170), Duration.ofMillis(180));
        assertThat(waits[10]).isBetween(Duration.ofMillis(1_800), Duration.ofMillis(2_000));
    }

    @Test
    void pausesEveryoneAfterA429() {
        // given
        QuotaScheduler quota = scheduler(0.9);

        // when
        quota.pauseFor(Duration.ofSeconds(3));

        // then
        assertThat(quota.reserve()).isBetween(Duration.ofMillis(2_800), Duration.ofMillis(3_000));
    }

    @Test
    void waitsATenthOfAWindowWhenGhlSaysNothingRemains() {
        QuotaScheduler quota = scheduler(0.9);

        quota.observe(100, 10_000L, 0);

        assertThat(quota.reserve()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1_000));
    }

    /** Reserves n start slots at once; each wait is then the slot's distance from the same moment. */
    private static Duration[] reserve(QuotaScheduler quota, int n) {
        Duration[] waits = new Duration[n];
        for (int i = 0; i < n; i++) {
            waits[i] = quota.reserve();
        }
        return waits;
    }
}
