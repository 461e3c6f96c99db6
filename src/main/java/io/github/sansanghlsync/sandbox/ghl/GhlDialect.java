package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.Admission;
import io.github.sansanghlsync.sandbox.ApiDialect;
import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.SeededIds;
import io.github.sansanghlsync.sandbox.SlidingWindowRateLimiter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * GHL's front door: Bearer token, Version header, the token's access to the location, and the rate limits
 * per location (per token when the request names no location), with X-RateLimit-* headers on every
 * admitted response; plus GHL's error shapes and a traceId in every JSON body.
 */
final class GhlDialect implements ApiDialect {

    static final Set<String> VERSIONS = Set.of("2021-07-28", "2021-04-15", "2023-02-21");

    private final GhlConfig config;
    private final GhlContacts contacts;
    private final SlidingWindowRateLimiter limiter;
    private final SeededIds traceIds;
    private final GhlOAuth oauth;

    GhlDialect(GhlConfig config, GhlContacts contacts, GhlOAuth oauth) {
        this.config = config;
        this.contacts = contacts;
        this.oauth = oauth;
        this.limiter = new SlidingWindowRateLimiter(config.burstLimit(), config.burstWindowMillis(),
                config.dailyLimit(), config.clock());
        this.traceIds = new SeededIds(config.seed() * 31 + 3);
    }

    SlidingWindowRateLimiter limiter() {
        return limiter;
    }

    @Override
    public Admission admit(ApiRequest request) {
        if (request.path().equals(OAuthEndpoints.TOKEN_PATH) || request.path().equals(OAuthEndpoints.AUTHORIZE_PATH)) {
            return Admission.pass(Map.of());
        }
        String token = bearer(request.header("Authorization"));
        Set<String> tokenLocations = token == null ? null : config.tokens().get(token);
        if (token != null && tokenLocations == null) {
            GhlOAuth.Status status = oauth.check(token);
            if (status == GhlOAuth.Status.EXPIRED) {
                return Admission.reject(GhlErrors.unauthorized(GhlErrors.TOKEN_EXPIRED));
            }
            tokenLocations = status == GhlOAuth.Status.VALID ? Set.of(oauth.locationOf(token)) : null;
        }
        if (tokenLocations == null) {
            return Admission.reject(GhlErrors.unauthorized(GhlErrors.INVALID_TOKEN));
        }
        String version = request.header("Version");
        if (version == null) {
            return Admission.reject(GhlErrors.unauthorized(GhlErrors.VERSION_MISSING));
        }
        if (!VERSIONS.contains(version.trim())) {
            return Admission.reject(GhlErrors.unauthorized(GhlErrors.VERSION_INVALID));
        }
        String location = location(request);
        if (location != null && !tokenLocations.contains(location)) {
            return Admission.reject(GhlErrors.forbidden());
        }
        SlidingWindowRateLimiter.Decision decision =
                limiter.tryAcquire(location != null ? "location:" + location : "token:" + token);
        Map<String, String> headers = rateHeaders(decision);
        if (!decision.allowed()) {
            ApiResponse tooMany = GhlErrors.tooManyRequests().withHeaders(headers);
            if (config.retryAfterOn429()) {
                tooMany = tooMany.withHeader("Retry-After", String.valueOf(Math.max(1, (decision.retryAfterMillis() + 999) / 1000)));
            }
            return new Admission(tooMany, headers);
        }
        return Admission.pass(headers);
    }

    @Override
    public ApiResponse malformedJson(String detail) {
        return GhlErrors.badRequest(detail == null ? "Bad Request" : "Unexpected JSON: " + detail);
    }

    @Override
    public ApiResponse notFound(ApiRequest request) {
        return GhlErrors.notFound(request.method(), request.path());
    }

    @Override
    public ApiResponse failure(int status) {
        ApiResponse failure = GhlErrors.failure(status);
        if (status == 429) {
            failure = failure.withHeader("X-RateLimit-Remaining", "0");
            if (config.retryAfterOn429()) {
                failure = failure.withHeader("Retry-After", String.valueOf(Math.max(1, config.burstWindowMillis() / 1000)));
            }
        }
        return failure;
    }

    @Override
    public ApiResponse finish(ApiRequest request, ApiResponse response) {
        if (response.body() instanceof ObjectNode body && !body.has("traceId")) {
            ObjectNode traced = body.deepCopy();
            traced.put("traceId", traceIds.uuid().toString());
            return response.withBody(traced);
        }
        return response;
    }

    /** Path location, else the contact's location, else the query's, else the body's. */
    private String location(ApiRequest request) {
        if (request.pathVariable("locationId") != null) {
            return request.pathVariable("locationId");
        }
        if (request.pathVariable("contactId") != null) {
            return contacts.locationOf(request.pathVariable("contactId"));
        }
        if (request.query("locationId") != null) {
            return request.query("locationId");
        }
        JsonNode body = request.hasBody() ? request.jsonOrNull() : null;
        return body != null && body.path("locationId").isString() ? body.path("locationId").stringValue() : null;
    }

    private static Map<String, String> rateHeaders(SlidingWindowRateLimiter.Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit-Daily", String.valueOf(decision.dailyLimit()));
        headers.put("X-RateLimit-Daily-Remaining", String.valueOf(decision.dailyRemaining()));
        headers.put("X-RateLimit-Interval-Milliseconds", String.valueOf(decision.windowMillis()));
        headers.put("X-RateLimit-Max", String.valueOf(decision.limit()));
        headers.put("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        return headers;
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
