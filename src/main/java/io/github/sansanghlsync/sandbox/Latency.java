package io.github.sansanghlsync.sandbox;

import java.util.Random;

/** An injected delay, uniform between a minimum and a maximum in milliseconds (0/0 by default); switchable live. */
public final class Latency {

    /** The delay bounds, both inclusive. */
    public record Range(long minMs, long maxMs) {

        public static final Range NONE = new Range(0, 0);

        public Range {
            if (minMs < 0 || maxMs < minMs) {
                throw new IllegalArgumentException("latency needs 0 <= minMs <= maxMs, got " + minMs + "/" + maxMs);
            }
        }
    }

    private final Random random;
    private volatile Range range = Range.NONE;

    public Latency(long seed) {
        this.random = new Random(seed);
    }

    public void set(Range newRange) {
        this.range = newRange;
    }

    public void set(long minMs, long maxMs) {
        set(new Range(minMs, maxMs));
    }

    public Range range() {
        return range;
    }

    /** Draws the next delay from the seeded generator. */
    public long nextDelayMillis() {
        Range current = range;
        if (current.maxMs() == current.minMs()) {
            return current.minMs();
        }
        synchronized (random) {
            return current.minMs() + (long) (random.nextDouble() * (current.maxMs() - current.minMs() + 1));
        }
    }

    /** Sleeps the handler thread for the next delay. */
    public void pause() throws InterruptedException {
        long delay = nextDelayMillis();
        if (delay > 0) {
            Thread.sleep(delay);
        }
    }
}
