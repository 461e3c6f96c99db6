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

    @Override
    public Integer call() throws Exception {
        System.setProperty("sandbox.seed", Long.toString(seed));
        System.setProperty("sandbox.persons", Integer.toString(persons));
        Sandbox.main(new String[] {Integer.toString(sansanPort), Integer.toString(ghlPort)});
        return 0;
    }
}
