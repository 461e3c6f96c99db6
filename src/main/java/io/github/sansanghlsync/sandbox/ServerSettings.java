package io.github.sansanghlsync.sandbox;

import java.util.regex.Pattern;

/**
 * How to run an emulator's HTTP server: name (thread names), port (0 = a free port), handler threads,
 * the seed of its fault and latency draws, and an optional path prefix every API path carries
 * (Sansan's {@code /v3.2}); the prefix is stripped before routing.
 */
public record ServerSettings(String name, int port, int threads, long seed, Pattern apiPrefix) {

    /**
     * The most handler threads at once (each made when needed): one per connection our clients may open (at most 512,
     * twice the writers' largest concurrency), even while latency or timeouts hold them. Beyond it the server's
     * dispatcher thread serves a request itself.
     */
    public static final int DEFAULT_THREADS = 512;

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
    }
}
