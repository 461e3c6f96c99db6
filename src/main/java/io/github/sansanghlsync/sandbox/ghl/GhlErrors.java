package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.RequestRejected;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** GHL's (NestJS-style) error bodies: {@code statusCode}, {@code message} (text or list) and often {@code error}. */
final class GhlErrors {

    static final String INVALID_TOKEN = "Invalid token: access token is invalid";
    static final String TOKEN_EXPIRED = "Invalid JWT: jwt expired";
    static final String VERSION_MISSING = "version header was not found.";
    static final String VERSION_INVALID = "version header is invalid";

    private GhlErrors() {
    }

    static ApiResponse unauthorized(String message) {
        return withError(401, message, "Unauthorized");
    }

    static ApiResponse forbidden() {
        return withError(403, "The token does not have access to this location.", "Forbidden");
    }

    static ApiResponse unprocessable(List<String> messages) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", 422);
        ArrayNode list = body.putArray("message");
        messages.forEach(list::add);
        body.put("error", "Unprocessable Entity");
        return ApiResponse.of(422, body);
    }

    static RequestRejected rejectUnprocessable(List<String> messages) {
        return new RequestRejected(unprocessable(messages));
    }

    static ApiResponse badRequest(String message) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", 400);
        body.put("message", message);
        return ApiResponse.of(400, body);
    }

    static ApiResponse contactNotFound(String id) {
        return badRequest("Contact with id " + id + " not found");
    }

    static ApiResponse duplicate(ContactBook.Duplicate duplicate) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", 400);
        body.put("message", "This location does not allow duplicated contacts.");
        ObjectNode meta = body.putObject("meta");
        meta.put("contactId", duplicate.existing().id());
        meta.put("contactName", duplicate.existing().fullName());
        meta.put("matchingField", duplicate.matchingField());
        return ApiResponse.of(400, body);
    }

    /** The 429 body; the rate-limit headers are added by the front door. */
    static ApiResponse tooManyRequests() {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", 429);
        body.put("message", "Too Many Requests");
        return ApiResponse.of(429, body);
    }

    static ApiResponse notFound(String method, String path) {
        return withError(404, "Cannot " + method + " " + path, "Not Found");
    }

    static ApiResponse failure(int status) {
        return switch (status) {
            case 429 -> tooManyRequests();
            case 400 -> badRequest("Bad Request");
            case 401 -> unauthorized(INVALID_TOKEN);
            case 403 -> forbidden();
            case 502 -> withError(502, "Bad Gateway", "Bad Gateway");
            case 503 -> withError(503, "Service Unavailable", "Service Unavailable");
            case 504 -> withError(504, "Gateway Timeout", "Gateway Timeout");
            default -> withError(status, "Internal server error", "Internal Server Error");
        };
    }

    private static ApiResponse withError(int status, String message, String error) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", status);
        body.put("message", message);
        body.put("error", error);
        return ApiResponse.of(status, body);
    }
}
