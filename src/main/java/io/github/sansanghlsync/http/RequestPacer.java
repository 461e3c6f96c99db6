package io.github.sansanghlsync.http;

import java.time.Duration;

/** Spaces request starts evenly at a fixed rate: each caller reserves the next free slot and waits for it. */
public final class RequestPacer {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    public RequestPacer(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    }

    /** Reserves a slot and returns how long to wait for it. */
    public synchronized Duration reserve() {
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + intervalNanos;
        return Duration.ofNanos(slot - now);
    }
}
