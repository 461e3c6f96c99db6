package io.github.sansanghlsync.sandbox;

import java.util.Random;

/**
 * An injected delay in milliseconds (none by default), switchable live: uniform between a minimum and a
 * maximum, or, with a 99th percentile set, a long tail as real APIs have (log-normal around the middle of
 * the two, never below the minimum).
 */
public final class Latency {

    /** 2.326: the standard normal's 99th percentile. */
    private static final double Z99 = 2.3263478740408408;

    /**
     * The delay's shape. With {@code p99Ms} 0 it is uniform over [minMs, maxMs]. Otherwise it is log-normal
     * with median (minMs + maxMs) / 2 and 99th percentile p99Ms, raised to minMs when below and cut at
     * 4 × p99Ms (so one draw cannot hold a handler for minutes).
     */
    public record Range(long minMs, long maxMs, long p99Ms) {

        public static final Range NONE = new Range(0, 0);

        public Range {
            if (minMs < 0 || maxMs < minMs) {
                throw new IllegalArgumentException("latency needs 0 <= minMs <= maxMs, got " + minMs + "/" + maxMs);
            }
            if (p99Ms < 0 || (p99Ms > 0 && p99Ms <= (minMs + maxMs) / 2)) {
                throw new IllegalArgumentException("a long tail needs p99Ms above the median (minMs + maxMs) / 2, got "
                        + p99Ms + " for " + minMs + "/" + maxMs);
            }
        }

        public Range(long minMs, long maxMs) {
            this(minMs, maxMs, 0);
        }

        /** Whether the delay has a long tail (log-normal) rather than being uniform. */
        public boolean longTail() {
            return p99Ms > 0;
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
        if (current.longTail()) {
            double median = Math.max(1, (current.minMs() + current.maxMs()) / 2.0);
            double sigma = Math.log(current.p99Ms() / median) / Z99;
            double gaussian;
            synchronized (random) {
                gaussian = random.nextGaussian();
            }
            long delay = Math.round(median * Math.exp(sigma * gaussian));
            return Math.min(4 * current.p99Ms(), Math.max(current.minMs(), delay));
        }
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
