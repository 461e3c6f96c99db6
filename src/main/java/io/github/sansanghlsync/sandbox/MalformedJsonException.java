package io.github.sansanghlsync.sandbox;

/** A request body that is not valid JSON (or does not fit the expected shape); emulators answer it with 400. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
