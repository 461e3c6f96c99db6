package io.github.sansanghlsync.job;

import org.springframework.batch.core.step.StepExecution;

/** Who is writing: the sync definition, the job execution and the step, as the link table and ledger record them. */
public record StepRun(String definition, String jobName, long jobExecutionId, String stepName) {

    public static StepRun of(StepExecution step) {
        return new StepRun(step.getJobExecution().getJobParameters().getString(JobParameterNames.DEFINITION),
                step.getJobExecution().getJobInstance().getJobName(), step.getJobExecutionId(), step.getStepName());
    }

    /**
     * Whether this is the initial bulk migration, where most records have no link yet: its steps load the link
     * table's keys into a filter to skip look-ups that would find nothing. Nightly syncs and retries, where
     * most records have links, would scan the whole table for nothing.
     */
    public boolean isMigration() {
        return MigrateJobConfiguration.JOB.equals(jobName);
    }
}
