package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ServerSettings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Settings of the Sansan emulator; {@link #defaults()} gives a working sandbox and the {@code with...}
 * methods change one value. {@code clock} drives the rate limiter (tests pass a controllable one).
 */
public record SansanConfig(int port, String apiKey, int requestsPerSecond, long seed, int persons,
                           OffsetDateTime dataFrom, OffsetDateTime dataTo, int threads, Clock clock) {

    /** 32 alphanumeric characters, like a real key. */
    public static final String DEFAULT_API_KEY = "sandboxSansanApiKey0000000000000";
    public static final int DEFAULT_PORT = 8081;
    public static final OffsetDateTime DEFAULT_DATA_FROM = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    public static final OffsetDateTime DEFAULT_DATA_TO = OffsetDateTime.of(2026, 11, 30, 0, 0, 0, 0, ZoneOffset.ofHours(9));

    public SansanConfig {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required");
        }
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be positive");
        }
        if (!dataFrom.isBefore(dataTo)) {
            throw new IllegalArgumentException("dataFrom must be before dataTo");
        }
    }

    /** Random free port, key {@value #DEFAULT_API_KEY}, 10 requests/s, seed 42, 400 persons, 2024-01 to 2026-11. */
    public static SansanConfig defaults() {
        return new SansanConfig(0, DEFAULT_API_KEY, 10, 42, 400, DEFAULT_DATA_FROM, DEFAULT_DATA_TO,
                ServerSettings.DEFAULT_THREADS, Clock.systemUTC());
    }

    public SansanConfig withPort(int value) {
        return new SansanConfig(value, apiKey, requestsPerSecond, seed, persons, dataFrom, dataTo, threads, clock);
    }

    public SansanConfig withApiKey(String value) {
        return new SansanConfig(port, value, requestsPerSecond, seed, persons, dataFrom, dataTo, threads, clock);
    }

    public SansanConfig withRequestsPerSecond(int value) {
        return new SansanConfig(port, apiKey, value, seed, persons, dataFrom, dataTo, threads, clock);
    }

    public SansanConfig withSeed(long value) {
        return new SansanConfig(port, apiKey, requestsPerSecond, value, persons, dataFrom, dataTo, threads, clock);
    }

    public SansanConfig withPersons(int value) {
        return new SansanConfig(port, apiKey, requestsPerSecond, seed, value, dataFrom, dataTo, threads, clock);
    }

    public SansanConfig withDataSpan(OffsetDateTime from, OffsetDateTime to) {
        return new SansanConfig(port, apiKey, requestsPerSecond, seed, persons, from, to, threads, clock);
    }

    public SansanConfig withThreads(int value) {
        return new SansanConfig(port, apiKey, requestsPerSecond, seed, persons, dataFrom, dataTo, value, clock);
    }

    public SansanConfig withClock(Clock value) {
        return new SansanConfig(port, apiKey, requestsPerSecond, seed, persons, dataFrom, dataTo, threads, value);
    }
}
