package io.github.sansanghlsync.sandbox;

/**
 * Probabilities (0..1, summing to at most 1) of each random fault per API request, and how long a
 * timeout fault holds the request before dropping it.
 */
public record FaultRates(double http500, double http503, double http429, double connectionReset,
                         double timeout, double applyThenFail, long timeoutMs) {

    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final FaultRates NONE = new FaultRates(0, 0, 0, 0, 0, 0, DEFAULT_TIMEOUT_MS);

    public FaultRates {
        double[] rates = {http500, http503, http429, connectionReset, timeout, applyThenFail};
        double sum = 0;
        for (double rate : rates) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("fault rates must be between 0 and 1, got " + rate);
            }
            sum += rate;
        }
        if (sum > 1.000001) {
            throw new IllegalArgumentException("fault rates must add up to at most 1, got " + sum);
        }
        if (timeoutMs < 0) {
            throw new IllegalArgumentException("timeoutMs must not be negative");
        }
    }

    public double total() {
        return http500 + http503 + http429 + connectionReset + timeout + applyThenFail;
    }

    public FaultRates withHttp500(double rate) {
        return new FaultRates(rate, http503, http429, connectionReset, timeout, applyThenFail, timeoutMs);
    }

    public FaultRates withHttp503(double rate) {
        return new FaultRates(http500, rate, http429, connectionReset, timeout, applyThenFail, timeoutMs);
    }

    public FaultRates withHttp429(double rate) {
        return new FaultRates(http500, http503, rate, connectionReset, timeout, applyThenFail, timeoutMs);
    }

    public FaultRates withConnectionReset(double rate) {
        return new FaultRates(http500, http503, http429, rate, timeout, applyThenFail, timeoutMs);
    }

    public FaultRates withTimeout(double rate) {
        return new FaultRates(http500, http503, http429, connectionReset, rate, applyThenFail, timeoutMs);
    }

    public FaultRates withApplyThenFail(double rate) {
        return new FaultRates(http500, http503, http429, connectionReset, timeout, rate, timeoutMs);
    }

    public FaultRates withTimeoutMs(long millis) {
        return new FaultRates(http500, http503, http429, connectionReset, timeout, applyThenFail, millis);
    }

    /** Picks the fault for a uniform draw {@code u} in [0,1); apply-then-fail only hits mutating requests. */
    Fault pick(double u, boolean mutating) {
        double edge = http500;
        if (u < edge) {
            return Fault.status(500);
        }
        edge += http503;
        if (u < edge) {
            return Fault.status(503);
        }
        edge += http429;
        if (u < edge) {
            return Fault.status(429);
        }
        edge += connectionReset;
        if (u < edge) {
            return Fault.connectionReset();
        }
        edge += timeout;
        if (u < edge) {
            return Fault.timeout();
        }
        edge += applyThenFail;
        if (u < edge && mutating) {
            return Fault.applyThenFail();
        }
        return Fault.NONE;
    }
}
