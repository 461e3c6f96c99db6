package io.github.sansanghlsync.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void countsDownTheRemainingRequestsAndRejectsPastTheLimit() {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, 1_000, 1_000, clock);

        assertThat(limiter.tryAcquire("k").remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire("k").remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("k").remaining()).isZero();
        SlidingWindowRateLimiter.Decision rejected = limiter.tryAcquire("k");

        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.remaining()).isZero();
        assertThat(rejected.retryAfterMillis()).isEqualTo(1_000);
        assertThat(rejected.dailyRemaining()).isEqualTo(997);
    }

    @Test
    void theWindowRollsInsteadOfResettingOnFixedBoundaries() {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, 1_000, 1_000, clock);
        clock.advanceMillis(500);
        limiter.tryAcquire("k");
        clock.advanceMillis(100);
        limiter.tryAcquire("k");
        clock.advanceMillis(100);
        limiter.tryAcquire("k");

        // 1.1 s after the start: a fixed 1 s window would have reset, a rolling one still holds all three
        clock.advanceMillis(400);
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();

        // the first request (at +500 ms) leaves the window at +1500 ms
        clock.advanceMillis(400);
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();
    }

    @Test
    void keysHaveTheirOwnAllowance() {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, 1_000, 1_000, clock);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void theDailyLimitHoldsAcrossWindowsUntilTheNextUtcDay() {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, 1_000, 2, clock);
        limiter.tryAcquire("k");
        clock.advanceMillis(5_000);
        limiter.tryAcquire("k");
        clock.advanceMillis(5_000);

        SlidingWindowRateLimiter.Decision exhausted = limiter.tryAcquire("k");
        assertThat(exhausted.allowed()).isFalse();
        assertThat(exhausted.dailyRemaining()).isZero();

        clock.advanceMillis(14 * 3_600_000L);
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
    }

    @Test
    void peekDoesNotUseTheAllowance() {
        SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(2, 1_000, 1_000, clock);

        limiter.peek("k");
        limiter.peek("k");

        assertThat(limiter.tryAcquire("k").remaining()).isEqualTo(1);
    }
}
