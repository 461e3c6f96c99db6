package io.github.sansanghlsync.sandbox;

/** What makes one emulator sound like its API: error body shapes, the front door, and final touches. */
public interface ApiDialect {

    /** The API's own answer to a body that is not JSON. */
    ApiResponse malformedJson(String detail);

    /** The API's own answer to a path or method it does not have. */
    ApiResponse notFound(ApiRequest request);

    /** The API's own answer with this HTTP status, used for injected faults and unexpected errors. */
    ApiResponse failure(int status);

    /** Authentication and rate limiting, run before faults and handlers. */
    Admission admit(ApiRequest request);

    /** A last touch on every API response (e.g. a traceId); the default leaves it unchanged. */
    default ApiResponse finish(ApiRequest request, ApiResponse response) {
        return response;
    }
}
