package io.github.sansanghlsync.sandbox;

import java.util.regex.Pattern;

/**
 * How to run an emulator's HTTP server: name (thread names), port (0 = a free port), handler threads,
 * the seed of its fault and latency draws, and an optional path prefix every API path carries
 * (Sansan's {@code /v3.2}); the prefix is stripped before routing.
 */
public record ServerSettings(String name, int port, int threads, long seed, Pattern apiPrefix) {

    /** Enough handler threads for 64+ concurrent requests even while some are held by latency or timeouts. */
    public static final int DEFAULT_THREADS = 160;

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
    }
}
