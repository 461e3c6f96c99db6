package io.github.sansanghlsync.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer of an emulator: status, extra headers and an optional JSON body. */
public record ApiResponse(int status, Map<String, String> headers, JsonNode body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    /** 200 with a JSON body. */
    public static ApiResponse ok(JsonNode body) {
        return of(200, body);
    }

    /** Any status with a JSON body (null for none). */
    public static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, Map.of(), body);
    }

    /** The same response with one more header (replacing a header of the same name). */
    public ApiResponse withHeader(String name, String value) {
        return withHeaders(Map.of(name, value));
    }

    /** The same response with more headers; the given ones win over existing ones of the same name. */
    public ApiResponse withHeaders(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(more);
        return new ApiResponse(status, merged, body);
    }

    /** The same response with the given headers as defaults: headers already set keep their value. */
    public ApiResponse withDefaultHeaders(Map<String, String> defaults) {
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        merged.putAll(headers);
        return new ApiResponse(status, merged, body);
    }

    /** The same response with another body. */
    public ApiResponse withBody(JsonNode newBody) {
        return new ApiResponse(status, headers, newBody);
    }
}
