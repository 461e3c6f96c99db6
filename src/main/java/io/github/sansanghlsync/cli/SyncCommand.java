package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sync.Synchronisation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code sync}: one incremental run, for cron or a systemd timer; re-running it after a failure resumes it. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sync the cards changed since the last completed run (the watermark) into GHL, once.",
                "Resumes the unfinished sync, if any, with its original upper bound. Exit codes: 0 completed, "
                        + "1 failed, 3 completed with rejected records, 4 stopped, 5 another process is running "
                        + "this sync definition."})
public class SyncCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = definition.start(dryRun.properties())) {
            RunSummary summary = context.getBean(Synchronisation.class).sync();
            System.out.println(summary.render());
            return ExitCode.of(summary).code();
        }
    }
}
