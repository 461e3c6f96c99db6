package io.github.sansanghlsync.ghl;

import java.time.Duration;
import java.util.Arrays;

/**
 * Paces the requests to one GHL location to a share of its burst limit, over a rolling window.
 *
 * <p>Every request reserves a start slot: no more than {@code permits} slots fall in any window. The
 * scheduler adopts the limit and window GHL reports in {@code X-RateLimit-*} headers, and pauses
 * everyone after a 429 or when GHL says nothing remains. One instance serves every step and thread
 * writing to that location.
 */
public final class QuotaScheduler {

    private final double headroom;
    private long windowNanos;
    private int limit;
    private long[] slots;
    private int next;
    private long lastSlot;
    private long pausedUntil;
    private Long dailyRemaining;

    public QuotaScheduler(int burstLimit, Duration window, double headroom) {
        this.headroom = headroom;
        this.windowNanos = window.toNanos();
        this.limit = burstLimit;
        this.slots = emptySlots(permits(burstLimit, headroom));
        this.lastSlot = System.nanoTime();
    }

    /** Reserves the next start slot and returns how long the caller waits for it. */
    public synchronized Duration reserve() {
        long now = System.nanoTime();
        long slot = Math.max(Math.max(now, pausedUntil), lastSlot);
        long oldest = slots[next];
        if (oldest != Long.MIN_VALUE) {
            slot = Math.max(slot, oldest + windowNanos);
        }
        slots[next] = slot;
        next = (next + 1) % slots.length;
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
            resize(permits(max, headroom));
        }
        if (remaining != null && remaining <= 0) {
            // someone else used the window too: wait a tenth of a window before the next start
            pauseFor(Duration.ofNanos(windowNanos / 10));
        }
    }

    /** Holds every new start back for a while (after a 429). */
    public synchronized void pauseFor(Duration pause) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + pause.toNanos());
    }

    /** The location's requests left today as GHL last reported, or null before the first answer. */
    public synchronized Long dailyRemaining() {
        return dailyRemaining;
    }

    /** Requests this program may start in one window. */
    public synchronized int permits() {
        return slots.length;
    }

    private void resize(int permits) {
        long[] resized = emptySlots(permits);
        // keep the most recent reservations so the new size still respects the current window
        for (int i = 0; i < Math.min(permits, slots.length); i++) {
            int from = Math.floorMod(next - 1 - i, slots.length);
            resized[permits - 1 - i] = slots[from];
        }
        slots = resized;
        next = 0;
    }

    private static int permits(int limit, double headroom) {
        return Math.max(1, (int) Math.floor(limit * headroom));
    }

    private static long[] emptySlots(int permits) {
        long[] empty = new long[permits];
        Arrays.fill(empty, Long.MIN_VALUE);
        return empty;
    }
}
