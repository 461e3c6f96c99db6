package io.github.sansanghlsync.sandbox;

import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.ghl.GhlCustomField;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Both emulators started together from one configuration: the offline stand-in for Sansan and GHL. */
public final class Sandbox implements AutoCloseable {

    /** The configuration of both emulators; {@link #defaults()} binds random free ports. */
    public record Config(SansanConfig sansan, GhlConfig ghl) {

        public static Config defaults() {
            return new Config(SansanConfig.defaults(), GhlConfig.defaults());
        }

        /** The standalone setup: Sansan on 8081, GHL on 8082. */
        public static Config standalone() {
            return defaults().withPorts(SansanConfig.DEFAULT_PORT, GhlConfig.DEFAULT_PORT);
        }

        public Config withPorts(int sansanPort, int ghlPort) {
            return new Config(sansan.withPort(sansanPort), ghl.withPort(ghlPort));
        }

        public Config withSansan(SansanConfig value) {
            return new Config(value, ghl);
        }

        public Config withGhl(GhlConfig value) {
            return new Config(sansan, value);
        }
    }

    private final SansanEmulator sansan;
    private final GhlEmulator ghl;

    private Sandbox(SansanEmulator sansan, GhlEmulator ghl) {
        this.sansan = sansan;
        this.ghl = ghl;
    }

    /** Starts both emulators; if the second cannot start, the first is stopped again. */
    public static Sandbox start(Config config) {
        SansanEmulator sansan = SansanEmulator.start(config.sansan());
        try {
            return new Sandbox(sansan, GhlEmulator.start(config.ghl()));
        } catch (RuntimeException e) {
            sansan.close();
            throw e;
        }
    }

    public SansanEmulator sansan() {
        return sansan;
    }

    public GhlEmulator ghl() {
        return ghl;
    }

    @Override
    public void close() {
        try {
            ghl.close();
        } finally {
            sansan.close();
        }
    }

    /**
     * Runs both emulators until the process is killed. Ports: {@code args[0]} / {@code args[1]}, else the
     * system properties {@code sandbox.sansan.port} / {@code sandbox.ghl.port}, else 8081 / 8082; the seed
     * and number of persons from {@code sandbox.seed} / {@code sandbox.persons}; the limits and latency from
     * {@code sandbox.sansan.requests-per-second}, {@code sandbox.ghl.burst-limit}, {@code sandbox.ghl.burst-window-ms},
     * {@code sandbox.ghl.daily-limit}, {@code sandbox.ghl.latency-min-ms}, {@code sandbox.ghl.latency-max-ms} and
     * {@code sandbox.ghl.latency-p99-ms} (a long tail, see {@link Latency.Range}).
     */
    public static void main(String[] args) throws InterruptedException {
        int sansanPort = port(args, 0, "sandbox.sansan.port", SansanConfig.DEFAULT_PORT);
        int ghlPort = port(args, 1, "sandbox.ghl.port", GhlConfig.DEFAULT_PORT);
        Config config = Config.standalone().withPorts(sansanPort, ghlPort);
        long seed = Long.getLong("sandbox.seed", config.sansan().seed());
        int persons = Integer.getInteger("sandbox.persons", config.sansan().persons());
        config = config.withSansan(config.sansan().withSeed(seed).withPersons(persons)
                        .withRequestsPerSecond(Integer.getInteger("sandbox.sansan.requests-per-second",
                                config.sansan().requestsPerSecond())))
                .withGhl(config.ghl().withSeed(seed)
                        .withBurstLimit(Integer.getInteger("sandbox.ghl.burst-limit", config.ghl().burstLimit()),
                                Long.getLong("sandbox.ghl.burst-window-ms", config.ghl().burstWindowMillis()))
                        .withDailyLimit(Long.getLong("sandbox.ghl.daily-limit", config.ghl().dailyLimit()))
                        .withLatency(Long.getLong("sandbox.ghl.latency-min-ms", 0L), Long.getLong("sandbox.ghl.latency-max-ms",
                                Long.getLong("sandbox.ghl.latency-min-ms", 0L))));
        Sandbox sandbox = start(config);
        long p99 = Long.getLong("sandbox.ghl.latency-p99-ms", 0L);
        if (p99 > 0) {
            Latency.Range range = sandbox.ghl().latency().range();
            sandbox.ghl().latency().set(new Latency.Range(range.minMs(), range.maxMs(), p99));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        describe(sandbox, System.out);
        stopped.await();
    }

    /** Prints what a user needs to point the program at the sandbox. */
    static void describe(Sandbox sandbox, PrintStream out) {
        out.println("Sansan emulator: " + sandbox.sansan().apiBaseUrl() + "  (any /v{X.Y} prefix works)");
        out.println("  X-Sansan-Api-Key: " + sandbox.sansan().apiKey());
        out.println("  cards: " + sandbox.sansan().cards().size() + ", key user: " + sandbox.sansan().me().name());
        out.println("GHL emulator:    " + sandbox.ghl().baseUrl());
        out.println("  Authorization: Bearer " + sandbox.ghl().token());
        out.println("  Version: 2021-07-28");
        out.println("  locationId: " + sandbox.ghl().locationId());
        for (GhlCustomField field : sandbox.ghl().customFields(sandbox.ghl().locationId())) {
            out.println("  custom field " + field.fieldKey() + " (" + field.name() + "): " + field.id());
        }
        out.println("Admin: GET /_admin/stats, POST /_admin/faults, POST /_admin/latency on both; Ctrl-C stops.");
    }

    private static int port(String[] args, int index, String property, int fallback) {
        if (args.length > index) {
            return Integer.parseInt(args[index]);
        }
        return Integer.getInteger(property, fallback);
    }
}
