package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.Admission;
import io.github.sansanghlsync.sandbox.ApiDialect;
import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.SlidingWindowRateLimiter;

import java.util.List;
import java.util.Map;

/** Sansan's front door (X-Sansan-Api-Key, 10 requests/s per key by default) and error shapes. */
final class SansanDialect implements ApiDialect {

    static final String API_KEY_HEADER = "X-Sansan-Api-Key";

    private final String apiKey;
    private final SlidingWindowRateLimiter limiter;

    SansanDialect(SansanConfig config) {
        this.apiKey = config.apiKey();
        this.limiter = new SlidingWindowRateLimiter(config.requestsPerSecond(), 1_000, Long.MAX_VALUE, config.clock());
    }

    @Override
    public ApiResponse malformedJson(String detail) {
        return SansanErrors.of(400, "Malformed JSON: " + detail, List.of("invalid_parameter"));
    }

    @Override
    public ApiResponse notFound(ApiRequest request) {
        return SansanErrors.notFound();
    }

    @Override
    public ApiResponse failure(int status) {
        return SansanErrors.failure(status);
    }

    @Override
    public Admission admit(ApiRequest request) {
        if (!apiKey.equals(request.header(API_KEY_HEADER))) {
            return Admission.reject(SansanErrors.unauthorized());
        }
        if (!limiter.tryAcquire(apiKey).allowed()) {
            return Admission.reject(SansanErrors.tooManyRequests());
        }
        return Admission.pass(Map.of());
    }
}
