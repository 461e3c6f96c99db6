package io.github.sansanghlsync.job;

import io.github.sansanghlsync.reconcile.ReconcileJobConfiguration;
import io.github.sansanghlsync.retry.RetryFailedJobConfiguration;
import io.github.sansanghlsync.sync.SyncJobConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

class StepRunTest {

    @Test
    void readsTheDefinitionJobAndStepOfAStepExecution() {
        StepRun run = StepRun.of(step(MigrateJobConfiguration.JOB, "contacts"));

        assertThat(run).isEqualTo(new StepRun("acme", "migrate", 7L, "contacts"));
    }

    /** Only the bulk migration's steps load the link filters; a sync, retry or reconcile would scan for nothing. */
    @Test
    void onlyTheMigrateJobIsAMigration() {
        assertThat(StepRun.of(step(MigrateJobConfiguration.JOB, "notes")).isMigration()).isTrue();
        for (String job : new String[] {SyncJobConfiguration.JOB, RetryFailedJobConfiguration.JOB, ReconcileJobConfiguration.JOB}) {
            assertThat(StepRun.of(step(job, "contacts")).isMigration()).as(job).isFalse();
        }
    }

    private static StepExecution step(String jobName, String stepName) {
        JobExecution job = new JobExecution(7L, new JobInstance(3L, jobName),
                new JobParametersBuilder().addString(JobParameterNames.DEFINITION, "acme").toJobParameters());
        return new StepExecution(11L, stepName, job);
    }
}
