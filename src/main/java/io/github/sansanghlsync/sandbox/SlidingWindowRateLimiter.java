package io.github.sansanghlsync.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N requests per rolling window of W ms per key, plus a daily cap per key (UTC days); only admitted
 * requests use up the allowance, so a client that keeps hammering is not locked out longer than the window.
 */
public final class SlidingWindowRateLimiter {

    /** The verdict for one request and what is left afterwards. */
    public record Decision(boolean allowed, int limit, int remaining, long windowMillis,
                           long dailyLimit, long dailyRemaining, long retryAfterMillis) {
    }

    private static final class Bucket {
        private final ArrayDeque<Long> admitted = new ArrayDeque<>();
        private LocalDate day;
        private long usedToday;
    }

    private final int limit;
    private final long windowMillis;
    private final long dailyLimit;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SlidingWindowRateLimiter(int limit, long windowMillis, long dailyLimit, Clock clock) {
        if (limit < 1 || windowMillis < 1 || dailyLimit < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.dailyLimit = dailyLimit;
        this.clock = clock;
    }

    /** Admits the request if the key has room, and counts it. */
    public Decision tryAcquire(String key) {
        return decide(key, true);
    }

    /** What {@link #tryAcquire} would say about the remaining room, without counting anything. */
    public Decision peek(String key) {
        return decide(key, false);
    }

    /** Forgets every key. */
    public void reset() {
        buckets.clear();
    }

    private Decision decide(String key, boolean consume) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket());
        long now = clock.millis();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        synchronized (bucket) {
            if (!today.equals(bucket.day)) {
                bucket.day = today;
                bucket.usedToday = 0;
            }
            while (!bucket.admitted.isEmpty() && bucket.admitted.peekFirst() <= now - windowMillis) {
                bucket.admitted.pollFirst();
            }
            boolean windowFull = bucket.admitted.size() >= limit;
            boolean dayFull = bucket.usedToday >= dailyLimit;
            if (windowFull || dayFull) {
                long retryAfter = windowFull ? bucket.admitted.peekFirst() + windowMillis - now : 0;
                if (dayFull) {
                    retryAfter = Math.max(retryAfter, millisUntilTomorrow(today, now));
                }
                return new Decision(false, limit, 0, windowMillis, dailyLimit,
                        Math.max(0, dailyLimit - bucket.usedToday), retryAfter);
            }
            if (consume) {
                bucket.admitted.addLast(now);
                bucket.usedToday++;
            }
            return new Decision(true, limit, limit - bucket.admitted.size(), windowMillis, dailyLimit,
                    dailyLimit - bucket.usedToday, 0);
        }
    }

    private static long millisUntilTomorrow(LocalDate today, long now) {
        return today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - now;
    }
}
