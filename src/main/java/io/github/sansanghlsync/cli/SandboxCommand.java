package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code sandbox}: runs the two emulators on their own until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the Sansan and GHL emulators on their own (until Ctrl-C), to point migrate or any tool at them.")
public class SandboxCommand implements Callable<Integer> {

    @Option(names = "--sansan-port", defaultValue = "8081", description = "Sansan emulator port (default ${DEFAULT-VALUE}).")
    int sansanPort;

    @Option(names = "--ghl-port", defaultValue = "8082", description = "GHL emulator port (default ${DEFAULT-VALUE}).")
    int ghlPort;

    @Option(names = "--persons", defaultValue = "400", description = "Seeded Sansan persons (default ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sansan-requests-per-second", paramLabel = "N",
            description = "Sansan emulator's rate limit (default: its own, 5/s as the live API).")
    Integer sansanRequestsPerSecond;

    @Option(names = "--ghl-burst-limit", paramLabel = "N",
            description = "GHL requests allowed per window per location (default: GHL's 100).")
    Integer ghlBurstLimit;

    @Option(names = "--ghl-burst-window-ms", paramLabel = "MS",
            description = "GHL rate-limit window in milliseconds (default: GHL's 10000).")
    Long ghlBurstWindowMs;

    @Option(names = "--ghl-daily-limit", paramLabel = "N",
            description = "GHL requests allowed per day per location (default: GHL's 200000).")
    Long ghlDailyLimit;

    @Option(names = "--ghl-latency-min-ms", paramLabel = "MS", description = "GHL response latency, lowest (default 0).")
    Long ghlLatencyMinMs;

    @Option(names = "--ghl-latency-max-ms", paramLabel = "MS",
            description = "GHL response latency, highest (default: the lowest); uniform in between unless --ghl-latency-p99-ms.")
    Long ghlLatencyMaxMs;

    @Option(names = "--ghl-latency-p99-ms", paramLabel = "MS",
            description = "Give GHL's latency a long tail: log-normal around the middle of min and max, with this 99th percentile.")
    Long ghlLatencyP99Ms;

    @Override
    public Integer call() throws Exception {
        setKnobs();
        Sandbox.main(new String[] {Integer.toString(sansanPort), Integer.toString(ghlPort)});
        return 0;
    }

    /** The options as the system properties {@link Sandbox#main} reads. */
    void setKnobs() {
        System.setProperty("sandbox.seed", Long.toString(seed));
        System.setProperty("sandbox.persons", Integer.toString(persons));
        setIfGiven("sandbox.sansan.requests-per-second", sansanRequestsPerSecond);
        setIfGiven("sandbox.ghl.burst-limit", ghlBurstLimit);
        setIfGiven("sandbox.ghl.burst-window-ms", ghlBurstWindowMs);
        setIfGiven("sandbox.ghl.daily-limit", ghlDailyLimit);
        setIfGiven("sandbox.ghl.latency-min-ms", ghlLatencyMinMs);
        setIfGiven("sandbox.ghl.latency-max-ms", ghlLatencyMaxMs);
        setIfGiven("sandbox.ghl.latency-p99-ms", ghlLatencyP99Ms);
    }

    private static void setIfGiven(String property, Number value) {
        if (value != null) {
            System.setProperty(property, value.toString());
        }
    }
}
