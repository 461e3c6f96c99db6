package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.SansanGhlSyncApplication;
import io.github.sansanghlsync.definition.SyncDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** The {@code --job jobs/acme.yml} option every command that runs against real APIs takes. */
public class DefinitionOption {

    @Option(names = {"-j", "--job"}, paramLabel = "FILE",
            description = "The sync definition to use, e.g. jobs/acme.yml (see the templates in jobs/). "
                    + "Without it: config/application.properties and the environment.")
    Path job;

    /** Starts the program with the definition (its keys checked first). */
    public ConfigurableApplicationContext start() {
        return start(Map.of());
    }

    /** Starts the program with the definition, {@code overrides} winning over it (the demo points it at the sandbox). */
    public ConfigurableApplicationContext start(Map<String, Object> overrides) {
        return SansanGhlSyncApplication.start(overrides, job == null ? null : SyncDefinition.load(job));
    }
}
