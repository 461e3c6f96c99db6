package io.github.sansanghlsync.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencyTest {

    @Test
    void uniformStaysBetweenTheBounds() {
        Latency latency = new Latency(7);
        latency.set(150, 400);
        long[] draws = draw(latency, 20_000);
        assertThat(draws[0]).isGreaterThanOrEqualTo(150);
        assertThat(draws[draws.length - 1]).isLessThanOrEqualTo(400);
    }

    @Test
    void longTailHasTheConfiguredMedianAndNinetyNinthPercentile() {
        Latency latency = new Latency(7);
        latency.set(new Latency.Range(150, 400, 2_000));
        long[] draws = draw(latency, 20_000);
        assertThat(draws[0]).isGreaterThanOrEqualTo(150);
        assertThat(percentile(draws, 0.50)).isBetween(260L, 290L);
        assertThat(percentile(draws, 0.99)).isBetween(1_800L, 2_200L);
        assertThat(percentile(draws, 0.90)).isGreaterThan(400L);
        assertThat(draws[draws.length - 1]).isLessThanOrEqualTo(8_000);
    }

    @Test
    void aTailBelowTheMedianIsRefused() {
        assertThatThrownBy(() -> new Latency.Range(150, 400, 275)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] draw(Latency latency, int count) {
        long[] draws = new long[count];
        for (int i = 0; i < count; i++) {
            draws[i] = latency.nextDelayMillis();
        }
        Arrays.sort(draws);
        return draws;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
