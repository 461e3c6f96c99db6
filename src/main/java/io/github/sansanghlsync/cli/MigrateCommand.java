package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;

/** {@code migrate}: copies every card updated in a range into GHL; re-running it resumes an unfinished run. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Migrate every Sansan card updated in a range into GHL contacts.",
                "Without --from/--to/--window it resumes the unfinished migration, if any, else migrates everything "
                        + "from sync.migrate-from up to now."})
public class MigrateCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Mixin
    DryRunOption dryRun;

    @Option(names = "--from", description = "Start of the range (ISO-8601 with offset, e.g. 2024-01-01T00:00:00+09:00).")
    OffsetDateTime from;

    @Option(names = "--to", description = "End of the range, exclusive (default: now).")
    OffsetDateTime to;

    @Option(names = "--window", description = "Width of one Sansan query window (ISO-8601 duration, default sync.window = P30D).")
    Duration window;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = definition.start(dryRun.properties())) {
            RunSummary summary = context.getBean(Migration.class).migrate(from, to, window);
            System.out.println(summary.render());
            return ExitCode.of(summary).code();
        }
    }
}
