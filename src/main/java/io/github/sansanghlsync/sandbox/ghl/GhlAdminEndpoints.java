package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** GHL-specific admin endpoints: list, add by hand and clear contacts (no auth, no faults). */
final class GhlAdminEndpoints {

    private GhlAdminEndpoints() {
    }

    static void register(EmulatorServer server, GhlEmulator emulator) {
        server.admin("GET", "/_admin/contacts", request -> {
            String locationId = request.query("locationId");
            List<String> locations = locationId == null ? emulator.config().locations() : List.of(locationId);
            ObjectNode body = SandboxJson.object();
            ArrayNode list = body.putArray("contacts");
            locations.forEach(location -> emulator.contacts(location).forEach(c -> list.add(GhlContactJson.write(c))));
            return ApiResponse.ok(body);
        });
        server.admin("POST", "/_admin/contacts", request -> {
            JsonNode body = request.json();
            String locationId = body.path("locationId").asString(GhlConfig.DEFAULT_LOCATION);
            GhlContact contact = emulator.addContactByHand(locationId, builder -> {
                ContactPatch.apply(builder, body, emulator.customFields(locationId), false);
                return builder;
            });
            return ApiResponse.of(201, SandboxJson.object().set("contact", GhlContactJson.write(contact)));
        });
        server.admin("DELETE", "/_admin/contacts", request -> {
            emulator.clearContacts();
            return ApiResponse.of(204, null);
        });
    }
}
