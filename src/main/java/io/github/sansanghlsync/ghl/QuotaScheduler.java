package io.github.sansanghlsync.ghl;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Paces the requests to one GHL location to a share of its burst limit, over a rolling window.
 *
 * <p>Every request reserves a start slot: no more than {@code permits} slots fall in any window, and no
 * more than four times the even rate in any hundredth of it (4 per 100 ms at 90 per 10 s). The second rule
 * spreads the starts out: GHL counts a request when it arrives, and arrivals lag the starts by delays that
 * vary (network, a busy server, a cold start). Started in bursts, a whole burst can slip across a window's
 * edge and meet the next window's requests in one of GHL's windows (measured: a burst of 17 starts within
 * 11 ms, each 30–45 ms late, made the emulator count 100 where this scheduler had started 90). Spread out,
 * only the few starts in the span of that variation can straddle an edge, which the headroom absorbs (with
 * 90 % headroom and a 10 s window: a lag varying by up to 0.2 s at GHL's 100 requests, 0.27 s at large limits).
 * Four times the even rate still lets the starts lost while a chunk waits for its slowest answer be made up
 * right after; twice measured 0.84 instead of 0.89 of the rate over a whole migration at 150–400 ms latency.
 *
 * <p>The scheduler adopts the limit and window GHL reports in {@code X-RateLimit-*} headers, and pauses
 * everyone after a 429 or when GHL says nothing remains. One instance serves every step and thread
 * writing to that location.
 */
public final class QuotaScheduler {

    /** Spans of the window within which at most {@link #BURST} times the even rate may start. */
    private static final int SPANS = 100;
    private static final int BURST = 4;

    private final LongSupplier clock;
    private final double headroom;
    private long windowNanos;
    private int limit;
    private final StartTimes window;
    private final StartTimes span;
    private long lastSlot;
    private long pausedUntil;
    private Long dailyRemaining;

    public QuotaScheduler(int burstLimit, Duration window, double headroom) {
        this(burstLimit, window, headroom, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} (tests pass one that stands still) */
    QuotaScheduler(int burstLimit, Duration window, double headroom, LongSupplier clock) {
        this.clock = clock;
        this.headroom = headroom;
        this.windowNanos = window.toNanos();
        this.limit = burstLimit;
        int permits = permits(burstLimit, headroom);
        this.window = new StartTimes(permits);
        this.span = new StartTimes(spanPermits(permits));
        this.lastSlot = clock.getAsLong();
    }

    /** Reserves the next start slot and returns how long the caller waits for it. */
    public synchronized Duration reserve() {
        long now = clock.getAsLong();
        long slot = Math.max(Math.max(now, pausedUntil), lastSlot);
        slot = Math.max(slot, window.nextAllowed(windowNanos));
        slot = Math.max(slot, span.nextAllowed(windowNanos / SPANS));
        window.add(slot);
        span.add(slot);
        lastSlot = slot;
        return Duration.ofNanos(slot - now);
    }

    /** Takes in what GHL reported; a changed limit or window takes effect for the next reservation. */
    public synchronized void observe(Integer max, Long intervalMillis, Integer remaining) {
        observe(max, intervalMillis, remaining, null);
    }

    /** As {@link #observe(Integer, Long, Integer)}, plus the location's remaining daily requests when GHL said. */
    public synchronized void observe(Integer max, Long intervalMillis, Integer remaining, Long dailyRemainingNow) {
        if (dailyRemainingNow != null) {
            // answers overtake each other by at most the requests in flight, far less than any sane reserve
            dailyRemaining = dailyRemainingNow;
        }
        if (intervalMillis != null && intervalMillis > 0) {
            windowNanos = Duration.ofMillis(intervalMillis).toNanos();
        }
        if (max != null && max > 0 && max != limit) {
            limit = max;
            window.resize(permits(max, headroom));
            span.resize(spanPermits(window.size()));
        }
        if (remaining != null && remaining <= 0) {
            // someone else used the window too: wait a tenth of a window before the next start
            pauseFor(Duration.ofNanos(windowNanos / 10));
        }
    }

    /** Holds every new start back for a while (after a 429). */
    public synchronized void pauseFor(Duration pause) {
        pausedUntil = Math.max(pausedUntil, clock.getAsLong() + pause.toNanos());
    }

    /** The location's requests left today as GHL last reported, or null before the first answer. */
    public synchronized Long dailyRemaining() {
        return dailyRemaining;
    }

    /** Requests this program may start in one window. */
    public synchronized int permits() {
        return window.size();
    }

    private static int permits(int limit, double headroom) {
        return Math.max(1, (int) Math.floor(limit * headroom));
    }

    private static int spanPermits(int permits) {
        return Math.max(1, (int) Math.ceil((double) permits * BURST / SPANS));
    }

    /** The start times of the last {@code size} requests: the next may start no sooner than a span after the oldest. */
    private static final class StartTimes {

        private long[] times;
        private int next;

        StartTimes(int size) {
            times = empty(size);
        }

        long nextAllowed(long spanNanos) {
            long oldest = times[next];
            return oldest == Long.MIN_VALUE ? Long.MIN_VALUE : oldest + spanNanos;
        }

        void add(long time) {
            times[next] = time;
            next = (next + 1) % times.length;
        }

        int size() {
            return times.length;
        }

        /** Keeps the most recent start times, so the new size still respects the current span. */
        void resize(int size) {
            long[] resized = empty(size);
            for (int i = 0; i < Math.min(size, times.length); i++) {
                resized[size - 1 - i] = times[Math.floorMod(next - 1 - i, times.length)];
            }
            times = resized;
            next = 0;
        }

        private static long[] empty(int size) {
            long[] empty = new long[size];
            Arrays.fill(empty, Long.MIN_VALUE);
            return empty;
        }
    }
}
