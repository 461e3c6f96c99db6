package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import io.github.sansanghlsync.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SansanEmulatorRateLimitTest {

    @Test
    void moreThanTheConfiguredRequestsPerSecondAre429WithRetryAfter() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
        try (SansanEmulator sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(20)
                .withRequestsPerSecond(3).withClock(clock))) {
            for (int i = 0; i < 3; i++) {
                assertThat(me(sansan).status()).isEqualTo(200);
            }

            HttpProbe.Reply tooMany = me(sansan);

            assertThat(tooMany.status()).isEqualTo(429);
            assertThat(tooMany.header("Retry-After")).isEqualTo("1");
            assertThat(tooMany.json().path("error").get(0).path("code").asString()).isEqualTo("too_many_requests");
            assertThat(sansan.stats().snapshot().tooManyRequests()).isEqualTo(1);

            clock.advanceMillis(999);
            assertThat(me(sansan).status()).isEqualTo(429);
            clock.advanceMillis(1);
            assertThat(me(sansan).status()).isEqualTo(200);
        }
    }

    private static HttpProbe.Reply me(SansanEmulator sansan) {
        return HttpProbe.get(sansan.apiBaseUrl() + "/me", "X-Sansan-Api-Key", sansan.apiKey());
    }
}
