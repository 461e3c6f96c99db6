package io.github.sansanghlsync.sandbox;

/** Handles one routed request and returns the response (or throws {@link RequestRejected}). */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request);
}
