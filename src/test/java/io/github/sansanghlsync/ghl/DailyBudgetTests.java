package io.github.sansanghlsync.ghl;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DailyBudgetTests {

    private final QuotaScheduler quota = new QuotaScheduler(100, Duration.ofSeconds(10), 0.9);

    @Test
    void isSpentWhenGhlReportsLessThanTheReserve() {
        DailyBudget budget = new DailyBudget(1_000, ZoneOffset.UTC);

        assertThat(budget.exhausted(quota)).as("nothing reported yet").isFalse();
        quota.observe(100, 10_000L, 50, 1_000L);
        assertThat(budget.exhausted(quota)).isFalse();
        quota.observe(100, 10_000L, 50, 999L);
        assertThat(budget.exhausted(quota)).isTrue();
        assertThat(quota.dailyRemaining()).isEqualTo(999L);
    }

    @Test
    void resetsAtTheNextMidnightOfItsZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T20:30:00Z"), ZoneOffset.UTC);

        assertThat(new DailyBudget(0, ZoneOffset.UTC).resetsAt(clock).toInstant())
                .isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(new DailyBudget(0, ZoneId.of("Asia/Tokyo")).resetsAt(clock).toInstant())
                .isEqualTo(Instant.parse("2026-12-05T15:00:00Z"));
    }

    @Test
    void defaultConcurrencyKeepsThePacedRateInFlightForASecond() {
        assertThat(GhlProperties.defaultConcurrency(100, Duration.ofSeconds(10), 0.9)).isEqualTo(16);
        assertThat(GhlProperties.defaultConcurrency(1_000, Duration.ofSeconds(10), 0.9)).isEqualTo(90);
        assertThat(GhlProperties.defaultConcurrency(1_000_000, Duration.ofSeconds(1), 0.9)).isEqualTo(256);
    }
}
