package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.sandbox.Sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The program's configuration that points it at a running {@link Sandbox}: base URLs and the sandbox credentials. */
public final class SandboxConnection {

    private SandboxConnection() {
    }

    public static Map<String, Object> properties(Sandbox sandbox) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sansan.base-url", sandbox.sansan().baseUrl());
        properties.put("sansan.api-key", sandbox.sansan().apiKey());
        properties.put("ghl.base-url", sandbox.ghl().baseUrl());
        properties.put("ghl.token", sandbox.ghl().token());
        properties.put("ghl.location-id", sandbox.ghl().locationId());
        return properties;
    }
}
