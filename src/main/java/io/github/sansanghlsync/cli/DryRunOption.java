package io.github.sansanghlsync.cli;

import io.github.sansanghlsync.dryrun.DryRunConfiguration;
import picocli.CommandLine.Option;

import java.util.Map;

/** The {@code --dry-run} option of the commands that write to GHL. */
public class DryRunOption {

    @Option(names = "--dry-run",
            description = "Read Sansan and the current GHL contacts, write nothing to GHL (nor to the program's state), "
                    + "and write a plan CSV: per record create, update (field old -> new), unchanged or reject. "
                    + "The counts are those of the real run that follows.")
    boolean dryRun;

    /** The program properties that make the run a dry run, or none. */
    Map<String, Object> properties() {
        return dryRun ? Map.of(DryRunConfiguration.PROPERTY, "true") : Map.of();
    }
}
