package io.github.sansanghlsync.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The admin endpoints every emulator has: stats, stats reset, faults and latency (no auth, never faulted). */
final class AdminEndpoints {

    private AdminEndpoints() {
    }

    static void register(EmulatorServer server) {
        server.admin("GET", "/_admin/stats", request -> ApiResponse.ok(SandboxJson.tree(server.stats().snapshot())));
        server.admin("POST", "/_admin/stats/reset", request -> {
            server.stats().reset();
            return ApiResponse.ok(SandboxJson.tree(server.stats().snapshot()));
        });
        server.admin("GET", "/_admin/faults", request ->
                ApiResponse.ok(FaultSettingsJson.write(server.faults().settings())));
        server.admin("POST", "/_admin/faults", request -> {
            server.faults().apply(FaultSettingsJson.read(request.json()));
            return ApiResponse.ok(FaultSettingsJson.write(server.faults().settings()));
        });
        server.admin("GET", "/_admin/latency", request -> ApiResponse.ok(SandboxJson.tree(server.latency().range())));
        server.admin("POST", "/_admin/latency", request -> {
            JsonNode body = request.json();
            long minMs = body.path("minMs").asLong(0);
            try {
                server.latency().set(new Latency.Range(minMs, body.path("maxMs").asLong(minMs), body.path("p99Ms").asLong(0)));
            } catch (IllegalArgumentException e) {
                return error(400, e.getMessage());
            }
            return ApiResponse.ok(SandboxJson.tree(server.latency().range()));
        });
    }

    /** The admin error shape, deliberately plain: admin paths are ours, not the emulated API's. */
    static ApiResponse error(int status, String message) {
        ObjectNode body = SandboxJson.object();
        body.put("statusCode", status);
        body.put("message", message);
        return ApiResponse.of(status, body);
    }
}
