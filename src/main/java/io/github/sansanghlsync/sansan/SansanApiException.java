package io.github.sansanghlsync.sansan;

import io.github.sansanghlsync.http.TransientRetry;

import java.time.Duration;
import java.util.List;

/**
 * Sansan answered with an error: its HTTP status, the {@code error[].code}s of the body and its message.
 * Never carries the API key.
 */
public class SansanApiException extends RuntimeException implements TransientRetry.ApiFailure {

    private final int status;
    private final List<String> codes;
    private final Duration retryAfter;

    public SansanApiException(int status, List<String> codes, String message, String request, Duration retryAfter) {
        super("Sansan answered " + status + (codes.isEmpty() ? "" : " " + String.join(",", codes))
                + (message == null || message.isBlank() ? "" : " (" + message + ")") + " to " + request
                + hint(status));
        this.status = status;
        this.codes = List.copyOf(codes);
        this.retryAfter = retryAfter;
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> ": check the Sansan API key (sansan.api-key / SANSAN_API_KEY)";
            case 403 -> ": the key's user lacks a permission (range=all needs a user who can see every card)";
            default -> "";
        };
    }

    public int status() {
        return status;
    }

    public List<String> codes() {
        return codes;
    }

    public boolean hasCode(String code) {
        return codes.contains(code);
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
