package io.github.sansanghlsync.sandbox;

/** What the fault plan does to one API request: nothing, an error status, a dropped connection, a hang, or a lost answer. */
public record Fault(Kind kind, int status) {

    /** The kinds of injected failure. */
    public enum Kind {
        /** Answer normally. */
        NONE,
        /** Answer with {@link #status()} in the API's error shape, without running the handler. */
        STATUS,
        /** Close the connection without any response. */
        CONNECTION_RESET,
        /** Hold the request for the plan's timeout, then close the connection without a response. */
        TIMEOUT,
        /** Run the handler (the mutation happens), then answer 500: the lost-response case. */
        APPLY_THEN_FAIL
    }

    public static final Fault NONE = new Fault(Kind.NONE, 0);

    public Fault {
        if (kind == Kind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("an injected status must be 4xx or 5xx, got " + status);
        }
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status);
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0);
    }

    public static Fault timeout() {
        return new Fault(Kind.TIMEOUT, 0);
    }

    public static Fault applyThenFail() {
        return new Fault(Kind.APPLY_THEN_FAIL, 500);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }
}
