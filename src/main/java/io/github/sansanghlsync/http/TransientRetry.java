package io.github.sansanghlsync.http;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.TimeoutException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Retries what may succeed on a second try (429, 5xx, I/O, timeouts) with exponential backoff and
 * jitter, honouring a server's {@code Retry-After}; everything else fails at once.
 */
public final class TransientRetry {

    private TransientRetry() {
    }

    /** An API error that knows whether it is worth retrying and how long the server asked to wait. */
    public interface ApiFailure {
        boolean isTransient();

        /** The server's requested pause, or null. */
        Duration retryAfter();
    }

    /**
     * @param maxRetries  retries after the first attempt
     * @param firstDelay  backoff of the first retry, doubled each time
     * @param maxDelay    cap of one backoff
     * @param onRetry     told of each retry (for counters and logs)
     */
    public static Retry spec(int maxRetries, Duration firstDelay, Duration maxDelay, Consumer<Throwable> onRetry) {
        return Retry.from(signals -> signals.concatMap(signal -> {
            Throwable failure = signal.failure();
            if (!isTransient(failure) || signal.totalRetries() >= maxRetries) {
                return Mono.error(failure);
            }
            onRetry.accept(failure);
            return Mono.delay(delay(failure, signal.totalRetries(), firstDelay, maxDelay));
        }));
    }

    public static boolean isTransient(Throwable failure) {
        if (failure instanceof ApiFailure api) {
            return api.isTransient();
        }
        return failure instanceof WebClientRequestException
                || failure instanceof PrematureCloseException
                || failure instanceof TimeoutException
                || failure instanceof ConnectTimeoutException
                || failure instanceof java.util.concurrent.TimeoutException
                || failure instanceof IOException;
    }

    static Duration delay(Throwable failure, long retriesSoFar, Duration firstDelay, Duration maxDelay) {
        if (failure instanceof ApiFailure api && api.retryAfter() != null) {
            return api.retryAfter();
        }
        long exponential = firstDelay.toMillis() << Math.min(retriesSoFar, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        // full jitter between half and all of the backoff keeps concurrent retries from marching in step
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** Parses a {@code Retry-After} header given in seconds; null when absent or not a number. */
    public static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(header.trim()) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
