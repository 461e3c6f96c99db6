package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.Sandbox;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code demo}: both emulators, a fresh embedded database, and a migration of the seeded cards. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the Sansan and GHL emulators, migrate their seeded business cards into a fresh embedded "
                + "database, and print what happened.")
public class DemoCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Option(names = "--persons", defaultValue = "300", description = "Seeded Sansan persons (default ${DEFAULT-VALUE}; ~1.3 cards each).")
    int persons;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ghl-burst-limit", defaultValue = "100",
            description = "Requests per 10 s the GHL emulator allows (default ${DEFAULT-VALUE}, GHL's real limit).")
    int ghlBurstLimit;

    @Option(names = "--data-dir", defaultValue = "data/demo", description = "Embedded database of the demo, wiped first (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--reports-dir", defaultValue = "reports/demo", description = "Where the CSV error report goes (default ${DEFAULT-VALUE}).")
    Path reportsDir;

    @Override
    public Integer call() throws Exception {
        FileSystemUtils.deleteRecursively(dataDir);
        Sandbox.Config config = Sandbox.Config.defaults();
        config = config.withSansan(config.sansan().withSeed(seed).withPersons(persons))
                .withGhl(config.ghl().withSeed(seed).withBurstLimit(ghlBurstLimit, 10_000));
        try (Sandbox sandbox = Sandbox.start(config)) {
            System.out.printf("Sandbox: Sansan emulator %s (%d cards), GHL emulator %s (limit %d requests / 10 s)%n",
                    sandbox.sansan().baseUrl(), sandbox.sansan().cards().size(), sandbox.ghl().baseUrl(), ghlBurstLimit);
            Map<String, Object> properties = new HashMap<>(SandboxConnection.properties(sandbox));
            properties.put("sync.data-dir", dataDir.toString());
            properties.put("sync.reports-dir", reportsDir.toString());
            properties.put("ghl.burst-limit", ghlBurstLimit);
            // the demo's GHL users: the first three Sansan owners are mapped, the others stay unassigned
            var owners = sandbox.sansan().seed().owners();
            for (int i = 0; i < Math.min(3, owners.size()); i++) {
                properties.put("owners.users." + owners.get(i).id(), "demoGhlUser" + (i + 1));
            }
            try (ConfigurableApplicationContext context = definition.start(properties)) {
                RunSummary summary = context.getBean(Migration.class).migrate(SansanConfig.DEFAULT_DATA_FROM,
                        SansanConfig.DEFAULT_DATA_TO.plusDays(1), Duration.ofDays(90));
                System.out.println(summary.render());
                printEmulator(sandbox);
                return summary.status().equals("COMPLETED") ? ExitCode.COMPLETED.code() : ExitCode.of(summary).code();
            }
        }
    }

    private static void printEmulator(Sandbox sandbox) {
        EmulatorStats.Snapshot ghl = sandbox.ghl().stats().snapshot();
        EmulatorStats.Snapshot sansan = sandbox.sansan().stats().snapshot();
        System.out.printf("GHL emulator now holds %d contacts in location %s%n",
                sandbox.ghl().contacts(sandbox.ghl().locationId()).size(), sandbox.ghl().locationId());
        var contacts = sandbox.ghl().contacts(sandbox.ghl().locationId());
        System.out.printf("  with %d notes, %d tasks (%d completed) and %d tags in all%n", sandbox.ghl().allNotes().size(),
                sandbox.ghl().allTasks().size(), sandbox.ghl().allTasks().stream().filter(t -> t.completed()).count(),
                contacts.stream().mapToInt(c -> c.tags().size()).sum());
        System.out.printf("  GHL requests by endpoint: %s; 429s sent: %d%n", ghl.requests(), ghl.tooManyRequests());
        System.out.printf("  Sansan requests by endpoint: %s; 429s sent: %d%n", sansan.requests(), sansan.tooManyRequests());
    }
}
