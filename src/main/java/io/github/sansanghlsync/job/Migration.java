package io.github.sansanghlsync.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Runs {@code migrate}: with an explicit range, that run; without one, the definition's unfinished
 * migration if there is one (so re-running the same command after a failure or a kill resumes it),
 * else a new one from {@code sync.migrate-from} up to now.
 */
@Component
public class Migration {

    private static final Logger log = LoggerFactory.getLogger(Migration.class);
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final Job migrateJob;
    private final JobRunner runner;
    private final SyncProperties sync;
    private final RunLocks runLocks;

    public Migration(@Qualifier("migrateJob") Job migrateJob, JobRunner runner, SyncProperties sync, RunLocks runLocks) {
        this.migrateJob = migrateJob;
        this.runner = runner;
        this.sync = sync;
        this.runLocks = runLocks;
    }

    /** Runs the migration; null arguments take the defaults described above. */
    public RunSummary migrate(OffsetDateTime from, OffsetDateTime to, Duration window) throws Exception {
        try (RunLock lock = runLocks.acquire()) {
            return runner.run(migrateJob, parameters(from, to, window));
        }
    }

    JobParameters parameters(OffsetDateTime from, OffsetDateTime to, Duration window) {
        if (from == null && to == null && window == null) {
            var unfinished = runner.unfinishedRun(MigrateJobConfiguration.JOB, sync.definition());
            if (unfinished.isPresent()) {
                log.info("Found an unfinished migration of '{}'; resuming it", sync.definition());
                return unfinished.get();
            }
        }
        OffsetDateTime start = from != null ? from : sync.migrateFrom();
        OffsetDateTime end = to != null ? to : OffsetDateTime.now(JST).truncatedTo(ChronoUnit.SECONDS);
        return new JobParametersBuilder()
                .addString(JobParameterNames.DEFINITION, sync.definition())
                .addString(JobParameterNames.FROM, start.toString())
                .addString(JobParameterNames.TO, end.toString())
                .addString(JobParameterNames.WINDOW, (window != null ? window : sync.window()).toString())
                .toJobParameters();
    }
}
