package io.github.sansanghlsync.ghl;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaSchedulerTests {

    @Test
    void startsAtMostTheHeadroomShareOfTheLimitInAnyWindow() {
        // given: 100 per 10 s at 90 % headroom = 90 permits
        QuotaScheduler quota = new QuotaScheduler(100, Duration.ofSeconds(10), 0.9);

        // when
        Duration[] waits = new Duration[181];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = quota.reserve();
        }

        // then: the first 90 go at once, the 91st waits a whole window, the 181st two windows
        assertThat(quota.permits()).isEqualTo(90);
        assertThat(waits[89]).isLessThan(Duration.ofMillis(100));
        assertThat(waits[90]).isBetween(Duration.ofMillis(9_800), Duration.ofMillis(10_000));
        assertThat(waits[180]).isBetween(Duration.ofMillis(19_800), Duration.ofMillis(20_000));
    }

    @Test
    void adoptsTheLimitAndWindowGhlReports() {
        // given
        QuotaScheduler quota = new QuotaScheduler(100, Duration.ofSeconds(10), 0.5);

        // when: GHL says 20 per 2 s
        quota.observe(20, 2_000L, 15);
        Duration[] waits = new Duration[11];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = quota.reserve();
        }

        // then: 10 permits per 2 s window
        assertThat(quota.permits()).isEqualTo(10);
        assertThat(waits[9]).isLessThan(Duration.ofMillis(100));
        assertThat(waits[10]).isBetween(Duration.ofMillis(1_800), Duration.ofMillis(2_000));
    }

    @Test
    void pausesEveryoneAfterA429() {
        // given
        QuotaScheduler quota = new QuotaScheduler(100, Duration.ofSeconds(10), 0.9);

        // when
        quota.pauseFor(Duration.ofSeconds(3));

        // then
        assertThat(quota.reserve()).isBetween(Duration.ofMillis(2_800), Duration.ofMillis(3_000));
    }

    @Test
    void waitsATenthOfAWindowWhenGhlSaysNothingRemains() {
        QuotaScheduler quota = new QuotaScheduler(100, Duration.ofSeconds(10), 0.9);

        quota.observe(100, 10_000L, 0);

        assertThat(quota.reserve()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1_000));
    }
}
