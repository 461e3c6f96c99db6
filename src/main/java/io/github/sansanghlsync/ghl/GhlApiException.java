package io.github.sansanghlsync.ghl;

import io.github.sansanghlsync.http.TransientRetry;

import java.time.Duration;
import java.util.List;

/**
 * GHL answered with an error. {@link #isRecordError()} tells a problem with one record (400, 404, 422:
 * record it and go on) from one with the whole run (401, 403: stop) and from a passing one (429, 5xx).
 * Never carries the token.
 */
public class GhlApiException extends RuntimeException implements TransientRetry.ApiFailure {

    private final int status;
    private final List<String> messages;
    private final String traceId;
    private final Duration retryAfter;

    public GhlApiException(int status, List<String> messages, String traceId, String request, Duration retryAfter) {
        this(status, messages, traceId, request, retryAfter, false);
    }

    /**
     * @param oauth whether the client sends OAuth tokens (a 401 then asks for {@code auth ghl}) rather than a
     *              private integration token (a 401 then names {@code GHL_TOKEN})
     */
    public GhlApiException(int status, List<String> messages, String traceId, String request, Duration retryAfter,
                           boolean oauth) {
        super("GHL answered " + status + " to " + request + ": " + String.join("; ", messages) + hint(status, oauth));
        this.status = status;
        this.messages = List.copyOf(messages);
        this.traceId = traceId;
        this.retryAfter = retryAfter;
    }

    private static String hint(int status, boolean oauth) {
        return switch (status) {
            // with OAuth the client has already renewed the access token once: only a new authorization can help
            case 401 -> oauth ? " (GHL refused the OAuth access token even after renewing it: run 'sansan-ghl-sync auth ghl'"
                    + " to reconnect the location, or check the Version header)"
                    : " (check the GHL token (ghl.token / GHL_TOKEN or ghl.token-file) and the Version header)";
            case 403 -> " (the token does not have access to this location: check ghl.location-id)";
            default -> "";
        };
    }

    public int status() {
        return status;
    }

    public List<String> messages() {
        return messages;
    }

    public String traceId() {
        return traceId;
    }

    public boolean isRecordError() {
        return status == 400 || status == 404 || status == 409 || status == 422;
    }

    @Override
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
