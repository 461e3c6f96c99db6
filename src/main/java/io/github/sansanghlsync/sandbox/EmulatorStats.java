package io.github.sansanghlsync.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of what an emulator was asked and what it answered; admin paths are not counted. */
public final class EmulatorStats {

    /** A consistent-enough copy of the counters; {@code requests} is keyed by {@code "METHOD /path/{template}"}. */
    public record Snapshot(Map<String, Long> requests, long totalRequests, long tooManyRequests,
                           long faultsInjected, int currentConcurrent, int peakConcurrent) {

        public Snapshot {
            requests = Map.copyOf(requests);
        }

        /** Requests seen for one endpoint key, 0 when none. */
        public long requests(String endpoint) {
            return requests.getOrDefault(endpoint, 0L);
        }
    }

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder tooManyRequests = new LongAdder();
    private final LongAdder faultsInjected = new LongAdder();
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** Counts a request to the endpoint and marks it in flight. */
    public void requestStarted(String endpoint) {
        requests.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        int now = current.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    /** Marks a request as answered (or dropped). */
    public void requestFinished() {
        current.decrementAndGet();
    }

    public void tooManyRequestsSent() {
        tooManyRequests.increment();
    }

    public void faultInjected() {
        faultsInjected.increment();
    }

    public Snapshot snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((endpoint, count) -> counts.put(endpoint, count.sum()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Snapshot(counts, total, tooManyRequests.sum(), faultsInjected.sum(), current.get(), peak.get());
    }

    /** Zeroes the counters; requests still in flight stay counted as current (and so as the new peak). */
    public void reset() {
        requests.clear();
        tooManyRequests.reset();
        faultsInjected.reset();
        peak.set(current.get());
    }
}
