package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.RequestRejected;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Sansan's error body everywhere: {@code {"statusCode":N,"message":"...","error":[{"code":"..."}]}}. */
final class SansanErrors {

    /** One entry of the error list with a human explanation that goes into {@code message}. */
    record Problem(String code, String explanation) {
    }

    private SansanErrors() {
    }

    static ApiResponse of(int status, String message, List<String> codes) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", status);
        body.put("message", message);
        ArrayNode errors = body.putArray("error");
        codes.forEach(code -> errors.addObject().put("code", code));
        return ApiResponse.of(status, body);
    }

    static ApiResponse badRequest(List<Problem> problems) {
        String message = String.join("; ", problems.stream().map(Problem::explanation).toList());
        return of(400, message, problems.stream().map(Problem::code).toList());
    }

    static RequestRejected rejectBadRequest(List<Problem> problems) {
        return new RequestRejected(badRequest(problems));
    }

    static ApiResponse unauthorized() {
        return of(401, "Unauthorized", List.of("invalid_api_key"));
    }

    static ApiResponse notFound() {
        return of(404, "Not Found", List.of("not_found"));
    }

    /** Retry-After is not documented for Sansan; the emulator sends 1 s so clients can be tested on it. */
    static ApiResponse tooManyRequests() {
        return of(429, "Too Many Requests", List.of("too_many_requests")).withHeader("Retry-After", "1");
    }

    static ApiResponse failure(int status) {
        return switch (status) {
            case 429 -> tooManyRequests();
            case 400 -> of(400, "Bad Request", List.of("invalid_parameter"));
            case 401 -> unauthorized();
            case 404 -> notFound();
            case 503 -> of(503, "Service Unavailable", List.of("service_unavailable"));
            case 502 -> of(502, "Bad Gateway", List.of("bad_gateway"));
            case 504 -> of(504, "Gateway Timeout", List.of("gateway_timeout"));
            default -> of(status, "Internal Server Error", List.of("internal_server_error"));
        };
    }
}
