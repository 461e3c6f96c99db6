package io.github.sansanghlsync;

import io.github.sansanghlsync.cli.SyncCommandLine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.sansanghlsync.definition.DefinitionKeys;
import io.github.sansanghlsync.definition.InvalidDefinitionException;
import io.github.sansanghlsync.definition.SyncDefinition;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entry point: the command line decides what to run; jobs run in a Spring context started per command. */
@SpringBootApplication
public class SansanGhlSyncApplication {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SansanGhlSyncApplication.class);

    public static void main(String[] args) {
        System.exit(SyncCommandLine.execute(args));
    }

    /** Starts the program's Spring context; {@code properties} win over every other source (the demo and tests use them). */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        return start(properties, null, args);
    }

    /**
     * Starts the program's Spring context with a sync definition (null for none): its keys are checked
     * first, then it sits between the environment (which wins, so secrets can stay there) and
     * application.properties.
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, SyncDefinition definition,
                                                       String... args) {
        DefinitionKeys keys = DefinitionKeys.forProgram();
        // a misspelt variable (GHL_TOKNE) is ignored by Spring: say so, as a definition's unknown key fails
        keys.unknownEnvironmentVariables(System.getenv().keySet()).forEach(log::warn);
        Map<String, Object> defaults = new HashMap<>();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SansanGhlSyncApplication.class);
        builder.initializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("program overrides", new HashMap<>(properties))));
        if (definition != null) {
            List<String> problems = keys.problems(definition);
            if (!problems.isEmpty()) {
                throw new InvalidDefinitionException(String.join(System.lineSeparator(), problems));
            }
            defaults.putIfAbsent("sync.definition", definition.name());
            builder.initializers(context -> definition.sources().forEach(source -> context.getEnvironment()
                    .getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source)));
        }
        return builder
                .web(WebApplicationType.NONE)
                .properties(defaults)
                .logStartupInfo(false)
                // commands close the context themselves; Spring's hook would close the database under a
                // chunk that the graceful stop (see JobRunner) lets finish
                .registerShutdownHook(false)
                .run(args);
    }
}
