package io.github.sansanghlsync.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Named outcome counters of one step (created, updated, unchanged, rejected by code...), kept in the
 * step's execution context so they commit with each chunk and add up across restarts of a run.
 */
public class StepCounters implements ItemStream {

    static final String PREFIX = "counter.";

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public void increment(String name) {
        add(name, 1);
    }

    public void add(String name, long delta) {
        counters.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(delta);
    }

    public long get(String name) {
        AtomicLong counter = counters.get(name);
        return counter == null ? 0 : counter.get();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((name, value) -> copy.put(name, value.get()));
        return copy;
    }

    @Override
    public void open(ExecutionContext context) {
        counters.clear();
        context.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(PREFIX))
                .forEach(entry -> add(entry.getKey().substring(PREFIX.length()), ((Number) entry.getValue()).longValue()));
    }

    @Override
    public void update(ExecutionContext context) {
        counters.forEach((name, value) -> context.putLong(PREFIX + name, value.get()));
    }

    /** The counters a finished step left in its execution context. */
    public static Map<String, Long> of(ExecutionContext context) {
        Map<String, Long> values = new TreeMap<>();
        context.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(PREFIX))
                .forEach(entry -> values.put(entry.getKey().substring(PREFIX.length()), ((Number) entry.getValue()).longValue()));
        return values;
    }
}
