package io.github.sansanghlsync.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a job or resumes its unfinished run. A run left STARTED by a process that died (SIGKILL,
 * OOM, power cut) is recovered first: the caller holds the definition's {@link RunLock}, so no other
 * process can be running it. SIGTERM and Ctrl-C stop the run gracefully at a chunk boundary.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

    private final JobOperator operator;
    private final JobRepository repository;
    private final RunReportListener report;
    private final DryRunScope dryRun;

    public JobRunner(JobOperator operator, JobRepository repository, RunReportListener report,
                     ObjectProvider<DryRunScope> dryRun) {
        this.operator = operator;
        this.repository = repository;
        this.report = report;
        this.dryRun = dryRun.getIfAvailable();
    }

    /**
     * Runs (or resumes) the run these parameters identify and returns what it did. Under {@code --dry-run}
     * the same run is made on a scratch copy of the definition's state, so it meets exactly the links,
     * hashes and open rows the real run would, and leaves them untouched.
     */
    public RunSummary run(Job job, JobParameters parameters) throws Exception {
        if (dryRun == null) {
            return execute(job, parameters);
        }
        String scratch = dryRun.open(parameters.getString(JobParameterNames.DEFINITION), job.getName());
        try {
            return dryRun.finish(execute(job, new JobParametersBuilder(parameters)
                    .addString(JobParameterNames.DEFINITION, scratch)
                    .addString(JobParameterNames.DRY_RUN_AT, java.time.Instant.now().toString()).toJobParameters()));
        } finally {
            dryRun.discard(scratch);
        }
    }

    private RunSummary execute(Job job, JobParameters parameters) throws Exception {
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus().isRunning()) {
            log.warn("Run {} of '{}' was left {} by a process that is gone; recovering it", last.getJobInstanceId(),
                    job.getName(), last.getStatus());
            operator.recover(last);
        }
        if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
            log.info("Resuming run {} of '{}' (last attempt: {})", last.getJobInstanceId(), job.getName(), last.getStatus());
        }
        CountDownLatch finished = new CountDownLatch(1);
        Thread gracefulStop = new Thread(() -> stopAndWait(job, parameters, finished), "graceful-stop");
        Runtime.getRuntime().addShutdownHook(gracefulStop);
        try {
            JobExecution execution = operator.start(job, parameters);
            return report.summarise(execution);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(gracefulStop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has waited for us
            }
        }
    }

    /**
     * On SIGTERM or Ctrl-C: asks the running job to stop at the next chunk boundary and holds the JVM
     * until it has committed (or rolled back) the current chunk and marked the run STOPPED, so a re-run
     * of the same command continues it. Spring's own shutdown hook is off, so nothing closes the
     * database under the chunk.
     */
    private void stopAndWait(Job job, JobParameters parameters, CountDownLatch finished) {
        try {
            JobExecution running = repository.getLastJobExecution(job.getName(), parameters);
            if (running != null && running.getStatus().isRunning()) {
                log.warn("Stop requested: finishing the current chunk of run {} of '{}', then stopping",
                        running.getJobInstanceId(), job.getName());
                operator.stop(running);
            }
            if (!finished.await(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.error("The run did not stop within {}; exiting anyway (re-running the same command recovers it)", STOP_TIMEOUT);
            }
        } catch (Exception e) {
            log.error("Could not stop the run cleanly ({}); re-running the same command recovers it", e.toString());
        }
    }

    /** The summary of the run these parameters identify when it already completed, else empty. */
    public Optional<RunSummary> completedRun(String jobName, JobParameters parameters) {
        JobExecution last = repository.getLastJobExecution(jobName, parameters);
        return last != null && last.getStatus() == BatchStatus.COMPLETED ? Optional.of(report.summarise(last)) : Optional.empty();
    }

    /** The parameters of the definition's newest run of this job that has not completed, if any. */
    public Optional<JobParameters> unfinishedRun(String jobName, String definition) {
        for (JobInstance instance : repository.getJobInstances(jobName, 0, 20)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || !definition.equals(last.getJobParameters().getString(JobParameterNames.DEFINITION))) {
                continue;
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                return Optional.empty();
            }
            return Optional.of(last.getJobParameters());
        }
        return Optional.empty();
    }
}
