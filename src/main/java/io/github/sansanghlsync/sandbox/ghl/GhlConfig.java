package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ServerSettings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the GHL emulator: private-integration tokens and the locations each may use, rate limits
 * (100 per 10 s and 200,000 per day per location by default), latency, the custom fields every location
 * starts with, and whether a 429 carries a Retry-After (the real API documents none).
 */
public record GhlConfig(int port, Map<String, Set<String>> tokens, int burstLimit, long burstWindowMillis,
                        long dailyLimit, long latencyMinMs, long latencyMaxMs, List<CustomFieldSpec> customFields,
                        boolean retryAfterOn429, long seed, int threads, Clock clock) {

    public static final String DEFAULT_TOKEN = "sandbox-ghl-token";
    public static final String DEFAULT_LOCATION = "sandboxLocation0001";
    public static final int DEFAULT_PORT = 8082;

    /** A custom field every location is seeded with: its key (e.g. {@code contact.job_title}) and display name. */
    public record CustomFieldSpec(String fieldKey, String name) {
    }

    public static final List<CustomFieldSpec> DEFAULT_CUSTOM_FIELDS = List.of(
            new CustomFieldSpec("contact.job_title", "役職"),
            new CustomFieldSpec("contact.department", "部署"),
            new CustomFieldSpec("contact.name_kana", "フリガナ"),
            new CustomFieldSpec("contact.office_phone", "会社電話"),
            new CustomFieldSpec("contact.sansan_person_id", "Sansan Person ID"));

    public GhlConfig {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        tokens.forEach((token, locations) -> copy.put(token, Set.copyOf(new LinkedHashSet<>(locations))));
        tokens = Map.copyOf(copy);
        customFields = List.copyOf(customFields);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("at least one token is needed");
        }
        if (burstLimit < 1 || burstWindowMillis < 1 || dailyLimit < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }

    /** Random free port, token {@value #DEFAULT_TOKEN} for {@value #DEFAULT_LOCATION}, real-world limits, seed 42. */
    public static GhlConfig defaults() {
        return new GhlConfig(0, Map.of(DEFAULT_TOKEN, Set.of(DEFAULT_LOCATION)), 100, 10_000, 200_000, 0, 0,
                DEFAULT_CUSTOM_FIELDS, false, 42, ServerSettings.DEFAULT_THREADS, Clock.systemUTC());
    }

    /** Every location some token may use, sorted, so seeded ids do not depend on map order. */
    public List<String> locations() {
        return tokens.values().stream().flatMap(Set::stream).distinct().sorted().toList();
    }

    public GhlConfig withPort(int value) {
        return new GhlConfig(value, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, threads, clock);
    }

    public GhlConfig withTokens(Map<String, Set<String>> value) {
        return new GhlConfig(port, value, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, threads, clock);
    }

    /** Adds a token with the locations it may use. */
    public GhlConfig withToken(String token, String... locations) {
        Map<String, Set<String>> more = new LinkedHashMap<>(tokens);
        more.put(token, Set.of(locations));
        return withTokens(more);
    }

    public GhlConfig withBurstLimit(int limit, long windowMillis) {
        return new GhlConfig(port, tokens, limit, windowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, threads, clock);
    }

    public GhlConfig withDailyLimit(long value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, value, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, threads, clock);
    }

    public GhlConfig withLatency(long minMs, long maxMs) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, minMs, maxMs,
                customFields, retryAfterOn429, seed, threads, clock);
    }

    public GhlConfig withCustomFields(List<CustomFieldSpec> value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                value, retryAfterOn429, seed, threads, clock);
    }

    public GhlConfig withRetryAfterOn429(boolean value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, value, seed, threads, clock);
    }

    public GhlConfig withSeed(long value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, value, threads, clock);
    }

    public GhlConfig withThreads(int value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, value, clock);
    }

    public GhlConfig withClock(Clock value) {
        return new GhlConfig(port, tokens, burstLimit, burstWindowMillis, dailyLimit, latencyMinMs, latencyMaxMs,
                customFields, retryAfterOn429, seed, threads, value);
    }
}
