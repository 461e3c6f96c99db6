package io.github.sansanghlsync;

import io.github.sansanghlsync.cli.SyncCommandLine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/** Entry point: the command line decides what to run; jobs run in a Spring context started per command. */
@SpringBootApplication
public class SansanGhlSyncApplication {

    public static void main(String[] args) {
        System.exit(SyncCommandLine.execute(args));
    }

    /** Starts the program's Spring context; {@code properties} override the configuration (used by the demo and tests). */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        return new SpringApplicationBuilder(SansanGhlSyncApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .logStartupInfo(false)
                // commands close the context themselves; Spring's hook would close the database under a
                // chunk that the graceful stop (see JobRunner) lets finish
                .registerShutdownHook(false)
                .run(args);
    }
}
