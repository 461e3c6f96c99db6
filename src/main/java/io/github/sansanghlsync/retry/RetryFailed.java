package io.github.sansanghlsync.retry;

import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.JobRunner;
import io.github.sansanghlsync.job.RunLock;
import io.github.sansanghlsync.job.RunLocks;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.ledger.ErrorCode;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Runs {@code retry-failed}: resumes an unfinished retry if there is one, else retries the open ledger
 * rows of every run, of one run, or of one error code.
 */
@Component
public class RetryFailed {

    private final Job retryFailedJob;
    private final JobRunner runner;
    private final JobRepository repository;
    private final SyncProperties sync;
    private final RunLocks runLocks;

    public RetryFailed(@Qualifier("retryFailedJob") Job retryFailedJob, JobRunner runner, JobRepository repository,
                       SyncProperties sync, RunLocks runLocks) {
        this.retryFailedJob = retryFailedJob;
        this.runner = runner;
        this.repository = repository;
        this.sync = sync;
        this.runLocks = runLocks;
    }

    /**
     * @param runId the run (job instance id, as the summary and the report name show it) whose rows to retry, or null for all
     * @param code  the error code to retry, or null for all
     */
    public RunSummary retry(Long runId, ErrorCode code) throws Exception {
        try (RunLock lock = runLocks.acquire()) {
            JobParameters parameters = runner.unfinishedRun(RetryFailedJobConfiguration.JOB, sync.definition())
                    .orElseGet(() -> fresh(runId, code));
            return runner.run(retryFailedJob, parameters);
        }
    }

    private JobParameters fresh(Long runId, ErrorCode code) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.DEFINITION, sync.definition())
                .addString(RetryFailedJobConfiguration.EXECUTIONS, runId == null ? "" : executionsOf(runId))
                .addString(RetryFailedJobConfiguration.CODE, code == null ? "" : code.name())
                .addString(RetryFailedJobConfiguration.REQUESTED_AT, Instant.now().toString())
                .toJobParameters();
    }

    private String executionsOf(long runId) {
        JobInstance instance = repository.getJobInstance(runId);
        if (instance == null) {
            throw new IllegalArgumentException("There is no run " + runId + " (see the run number in a summary or report name)");
        }
        return repository.getJobExecutions(instance).stream().map(JobExecution::getId).map(String::valueOf)
                .collect(Collectors.joining(","));
    }
}
