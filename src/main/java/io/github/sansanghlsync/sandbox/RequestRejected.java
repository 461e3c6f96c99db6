package io.github.sansanghlsync.sandbox;

/** Thrown by a handler to stop early and answer with a ready error response (a 4xx in the API's own shape). */
public final class RequestRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    public RequestRejected(ApiResponse response) {
        super("rejected with HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }
}
