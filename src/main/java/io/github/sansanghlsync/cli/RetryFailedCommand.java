package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.ledger.ErrorCode;
import io.github.sansanghlsync.retry.RetryFailed;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code retry-failed}: sends the records of the failure ledger again, as they are in Sansan now. */
@Command(name = "retry-failed", mixinStandardHelpOptions = true,
        description = {"Retry the rejected cards of the failure ledger: each card is fetched again from Sansan (so a card "
                + "fixed there is sent as fixed), validated, mapped and written like in a migration.",
                "Rows that now succeed are closed; the rest stay open, with their codes, in a fresh CSV report."})
public class RetryFailedCommand implements Callable<Integer> {

    @Mixin
    DefinitionOption definition;

    @Mixin
    DryRunOption dryRun;

    @Option(names = "--run", description = "Only the rows of this run (the N of 'migrate run N' in a summary or report name).")
    Long run;

    @Option(names = "--code", description = "Only the rows with this error code, e.g. SANSAN_INVALID_EMAIL.")
    ErrorCode code;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = definition.start(dryRun.properties())) {
            RunSummary summary = context.getBean(RetryFailed.class).retry(run, code);
            System.out.println(summary.render());
            return ExitCode.of(summary).code();
        }
    }
}
