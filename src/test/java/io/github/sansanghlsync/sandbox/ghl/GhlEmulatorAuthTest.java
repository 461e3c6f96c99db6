package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;
import io.github.sansanghlsync.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GhlEmulatorAuthTest {

    private static final String BODY = "{\"locationId\":\"sandboxLocation0001\",\"email\":\"a@example.co.jp\"}";

    @Test
    void missingOrUnknownTokenIs401() {
        try (GhlEmulator ghl = GhlEmulator.start(GhlConfig.defaults())) {
            HttpProbe.Reply missing = HttpProbe.post(ghl.baseUrl() + "/contacts/upsert", BODY, "Version", "2021-07-28");
            HttpProbe.Reply unknown = HttpProbe.post(ghl.baseUrl() + "/contacts/upsert", BODY,
                    "Authorization", "Bearer nope", "Version", "2021-07-28");

            for (HttpProbe.Reply reply : List.of(missing, unknown)) {
                assertThat(reply.status()).isEqualTo(401);
                assertThat(reply.json().path("statusCode").asInt()).isEqualTo(401);
                assertThat(reply.json().path("message").asString()).isEqualTo("Invalid token: access token is invalid");
                assertThat(reply.json().path("error").asString()).isEqualTo("Unauthorized");
            }
            assertThat(ghl.contacts(ghl.locationId())).isEmpty();
        }
    }

    @Test
    void versionHeaderMustBePresentAndKnown() {
        try (GhlEmulator ghl = GhlEmulator.start(GhlConfig.defaults())) {
            String url = ghl.baseUrl() + "/locations/" + ghl.locationId() + "/customFields";
            HttpProbe.Reply missing = HttpProbe.get(url, "Authorization", "Bearer " + ghl.token());
            HttpProbe.Reply invalid = HttpProbe.get(url, "Authorization", "Bearer " + ghl.token(), "Version", "2024-01-01");
            HttpProbe.Reply older = HttpProbe.get(url, "Authorization", "Bearer " + ghl.token(), "Version", "2021-04-15");

            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.json().path("message").asString()).isEqualTo("version header was not found.");
            assertThat(invalid.status()).isEqualTo(401);
            assertThat(invalid.json().path("message").asString()).isEqualTo("version header is invalid");
            assertThat(older.status()).isEqualTo(200);
        }
    }

    @Test
    void aTokenCannotUseAnotherLocation() {
        GhlConfig config = GhlConfig.defaults().withToken("other-token", "otherLocation000001");
        try (GhlEmulator ghl = GhlEmulator.start(config)) {
            GhlContact theirs = ghl.addContactByHand("otherLocation000001", "花子", "佐藤", "h.sato@example.co.jp", null);
            GhlProbe probe = new GhlProbe(ghl);

            HttpProbe.Reply upsert = probe.upsert("{\"locationId\":\"otherLocation000001\",\"email\":\"x@example.co.jp\"}");
            HttpProbe.Reply get = probe.send("GET", "/contacts/" + theirs.id(), null);
            HttpProbe.Reply fields = probe.send("GET", "/locations/otherLocation000001/customFields", null);

            for (HttpProbe.Reply reply : List.of(upsert, get, fields)) {
                assertThat(reply.status()).isEqualTo(403);
                assertThat(reply.json().path("message").asString()).isEqualTo("The token does not have access to this location.");
                assertThat(reply.json().path("error").asString()).isEqualTo("Forbidden");
            }
        }
    }

    @Test
    void everyAdmittedResponseCarriesTheRateLimitHeaders() {
        try (GhlEmulator ghl = GhlEmulator.start(GhlConfig.defaults())) {
            GhlProbe probe = new GhlProbe(ghl);

            HttpProbe.Reply first = probe.upsert(BODY);
            HttpProbe.Reply invalid = probe.upsert("{\"locationId\":\"sandboxLocation0001\"}");

            assertThat(first.header("X-RateLimit-Limit-Daily")).isEqualTo("200000");
            assertThat(first.header("X-RateLimit-Daily-Remaining")).isEqualTo("199999");
            assertThat(first.header("X-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
            assertThat(first.header("X-RateLimit-Max")).isEqualTo("100");
            assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("99");
            assertThat(first.json().path("traceId").asString()).matches("[0-9a-f-]{36}");
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.header("X-RateLimit-Remaining")).isEqualTo("98");
            assertThat(invalid.json().has("traceId")).isTrue();
        }
    }

    @Test
    void pastTheBurstLimitIs429WithHeadersAndNoRetryAfter() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
        try (GhlEmulator ghl = GhlEmulator.start(GhlConfig.defaults().withBurstLimit(5, 10_000).withClock(clock))) {
            GhlProbe probe = new GhlProbe(ghl);
            for (int i = 0; i < 5; i++) {
                assertThat(probe.upsert(BODY).status()).isEqualTo(200);
            }

            HttpProbe.Reply tooMany = probe.upsert(BODY);

            assertThat(tooMany.status()).isEqualTo(429);
            assertThat(tooMany.json().path("statusCode").asInt()).isEqualTo(429);
            assertThat(tooMany.json().path("message").asString()).isEqualTo("Too Many Requests");
            assertThat(tooMany.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(tooMany.header("X-RateLimit-Max")).isEqualTo("5");
            assertThat(tooMany.header("X-RateLimit-Daily-Remaining")).isEqualTo("199995");
            assertThat(tooMany.header("Retry-After")).isNull();
            assertThat(ghl.stats().snapshot().tooManyRequests()).isEqualTo(1);

            clock.advanceMillis(10_000);
            assertThat(probe.upsert(BODY).status()).isEqualTo(200);
        }
    }

    @Test
    void retryAfterCanBeSwitchedOnAndTheDailyLimitBites() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
        GhlConfig config = GhlConfig.defaults().withDailyLimit(3).withRetryAfterOn429(true).withClock(clock);
        try (GhlEmulator ghl = GhlEmulator.start(config)) {
            GhlProbe probe = new GhlProbe(ghl);
            for (int i = 0; i < 3; i++) {
                probe.upsert(BODY);
                clock.advanceMillis(20_000);
            }

            HttpProbe.Reply tooMany = probe.upsert(BODY);

            assertThat(tooMany.status()).isEqualTo(429);
            assertThat(tooMany.header("X-RateLimit-Daily-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(tooMany.header("Retry-After"))).isPositive();
        }
    }

    @Test
    void locationsHaveTheirOwnBuckets() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
        GhlConfig config = GhlConfig.defaults().withBurstLimit(1, 10_000).withClock(clock)
                .withToken(GhlConfig.DEFAULT_TOKEN, GhlConfig.DEFAULT_LOCATION, "secondLocation00001");
        try (GhlEmulator ghl = GhlEmulator.start(config)) {
            GhlProbe probe = new GhlProbe(ghl);

            assertThat(probe.upsert(BODY).status()).isEqualTo(200);
            assertThat(probe.upsert(BODY.replace("sandboxLocation0001", "secondLocation00001")).status()).isEqualTo(200);
            assertThat(probe.upsert(BODY).status()).isEqualTo(429);
        }
    }
}
