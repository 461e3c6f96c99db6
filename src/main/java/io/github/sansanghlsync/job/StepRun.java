package io.github.sansanghlsync.job;

import org.springframework.batch.core.step.StepExecution;

/** Who is writing: the sync definition, the job execution and the step, as the link table and ledger record them. */
public record StepRun(String definition, long jobExecutionId, String stepName) {

    public static StepRun of(StepExecution step) {
        return new StepRun(step.getJobExecution().getJobParameters().getString(JobParameterNames.DEFINITION),
                step.getJobExecutionId(), step.getStepName());
    }
}
