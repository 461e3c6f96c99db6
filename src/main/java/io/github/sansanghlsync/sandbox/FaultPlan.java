package io.github.sansanghlsync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which API requests fail and how: random rates from a seeded generator plus deterministic triggers
 * for tests ("fail the next N requests to E", "fail every request from the K-th on"). Thread-safe and
 * switchable at runtime; triggers are checked before rates.
 */
public final class FaultPlan {

    /** Fail the next {@code count} requests to {@code endpoint} (null: any endpoint). */
    public record FailNext(String endpoint, int count, Fault fault) {

        public FailNext {
            if (count < 0 || fault.isNone()) {
                throw new IllegalArgumentException("failNext needs count >= 0 and a fault");
            }
        }
    }

    /** From the {@code fromRequest}-th request (1-based, counted since armed) to {@code endpoint} (null: any) on, fail. */
    public record FailFrom(String endpoint, int fromRequest, Fault fault) {

        public FailFrom {
            if (fromRequest < 1 || fault.isNone()) {
                throw new IllegalArgumentException("failFrom needs request >= 1 and a fault");
            }
        }
    }

    /** The whole plan as it stands; {@code failNext} counts show what is left. */
    public record Settings(FaultRates rates, List<FailNext> failNext, FailFrom failFrom) {

        public static final Settings NONE = new Settings(FaultRates.NONE, List.of(), null);

        public Settings {
            failNext = List.copyOf(failNext);
        }
    }

    private final Random random;
    private FaultRates rates = FaultRates.NONE;
    private final List<FailNext> failNext = new ArrayList<>();
    private FailFrom failFrom;
    private long seenSinceFailFrom;

    public FaultPlan(long seed) {
        this.random = new Random(seed);
    }

    /** Decides the fate of one API request; call once per request. */
    public synchronized Fault decide(String endpoint, boolean mutating) {
        for (int i = 0; i < failNext.size(); i++) {
            FailNext trigger = failNext.get(i);
            if (matches(trigger.endpoint(), endpoint)) {
                if (trigger.count() <= 1) {
                    failNext.remove(i);
                } else {
                    failNext.set(i, new FailNext(trigger.endpoint(), trigger.count() - 1, trigger.fault()));
                }
                return trigger.fault();
            }
        }
        if (failFrom != null && matches(failFrom.endpoint(), endpoint)) {
            seenSinceFailFrom++;
            if (seenSinceFailFrom >= failFrom.fromRequest()) {
                return failFrom.fault();
            }
        }
        if (rates.total() <= 0) {
            return Fault.NONE;
        }
        return rates.pick(random.nextDouble(), mutating);
    }

    /** Replaces the whole plan. */
    public synchronized void apply(Settings settings) {
        clear();
        rates = settings.rates();
        settings.failNext().stream().filter(t -> t.count() > 0).forEach(failNext::add);
        failFrom = settings.failFrom();
    }

    /** No faults at all. */
    public synchronized void clear() {
        rates = FaultRates.NONE;
        failNext.clear();
        failFrom = null;
        seenSinceFailFrom = 0;
    }

    public synchronized void setRates(FaultRates newRates) {
        this.rates = newRates;
    }

    public synchronized void failNext(String endpoint, int count, Fault fault) {
        if (count > 0) {
            failNext.add(new FailNext(endpoint, count, fault));
        }
    }

    /** Arms "fail every request (to any endpoint) from the k-th one on" until cleared. */
    public synchronized void failFrom(int k, Fault fault) {
        failFrom(null, k, fault);
    }

    public synchronized void failFrom(String endpoint, int k, Fault fault) {
        failFrom = new FailFrom(endpoint, k, fault);
        seenSinceFailFrom = 0;
    }

    public synchronized FaultRates rates() {
        return rates;
    }

    public synchronized Settings settings() {
        return new Settings(rates, failNext, failFrom);
    }

    private static boolean matches(String wanted, String endpoint) {
        return wanted == null || wanted.equals("*") || wanted.equals(endpoint);
    }
}
