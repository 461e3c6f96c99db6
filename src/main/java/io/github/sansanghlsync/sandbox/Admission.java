package io.github.sansanghlsync.sandbox;

import java.util.Map;

/**
 * The outcome of an emulator's front door (auth, rate limit): either a rejection, or a pass, both with
 * headers that go on every response to the request (e.g. GHL's X-RateLimit-* headers).
 */
public record Admission(ApiResponse rejection, Map<String, String> headers) {

    public Admission {
        headers = Map.copyOf(headers);
    }

    /** Let the request through, adding these headers to whatever it is answered. */
    public static Admission pass(Map<String, String> headers) {
        return new Admission(null, headers);
    }

    /** Answer the request with this response instead of running its handler. */
    public static Admission reject(ApiResponse response) {
        return new Admission(response, Map.of());
    }

    public boolean passed() {
        return rejection == null;
    }
}
