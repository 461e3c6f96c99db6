package io.github.sansanghlsync.job;

/**
 * What makes a run a dry run (present only with {@code --dry-run}): the run works on a scratch copy of the
 * definition's state, its GHL writes are not sent, and what they would have done becomes a plan.
 */
public interface DryRunScope {

    /** Copies the definition's state (links, open ledger rows, watermark) to a scratch definition and names it. */
    String open(String definition, String jobName);

    /** Completes the plan from the finished run and gives the summary to print. */
    RunSummary finish(RunSummary summary);

    /** Drops the scratch state, whatever happened. */
    void discard(String scratchDefinition);
}
