package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;

import java.util.ArrayList;
import java.util.List;

/** Calls a GHL emulator with the default token and Version header. */
final class GhlProbe {

    private final GhlEmulator ghl;

    GhlProbe(GhlEmulator ghl) {
        this.ghl = ghl;
    }

    HttpProbe.Reply send(String method, String path, String json) {
        return HttpProbe.send(method, ghl.baseUrl() + path, json,
                "Authorization", "Bearer " + ghl.token(), "Version", "2021-07-28");
    }

    HttpProbe.Reply upsert(String json) {
        return send("POST", "/contacts/upsert", json);
    }

    /** A body for the default location, e.g. {@code body("\"email\":\"a@b.jp\"")}. */
    String body(String properties) {
        return "{\"locationId\":\"" + ghl.locationId() + "\"" + (properties.isEmpty() ? "" : "," + properties) + "}";
    }

    static List<String> messages(HttpProbe.Reply reply) {
        List<String> messages = new ArrayList<>();
        reply.json().path("message").forEach(m -> messages.add(m.asString()));
        return messages;
    }
}
