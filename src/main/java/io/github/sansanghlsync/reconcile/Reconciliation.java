package io.github.sansanghlsync.reconcile;

import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.JobRunner;
import io.github.sansanghlsync.job.RunLock;
import io.github.sansanghlsync.job.RunLocks;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.job.SyncProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs {@code reconcile} over every card from {@code sync.migrate-from} up to now. Each call is a new
 * run: reconciling is idempotent, so a failed one is simply run again.
 */
@Component
public class Reconciliation {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final Job reconcileJob;
    private final JobRunner runner;
    private final SyncProperties sync;
    private final ReconcileProperties properties;
    private final RunLocks runLocks;

    public Reconciliation(@Qualifier("reconcileJob") Job reconcileJob, JobRunner runner, SyncProperties sync,
                          ReconcileProperties properties, RunLocks runLocks) {
        this.reconcileJob = reconcileJob;
        this.runner = runner;
        this.sync = sync;
        this.properties = properties;
        this.runLocks = runLocks;
    }

    public RunSummary reconcile() throws Exception {
        try (RunLock lock = runLocks.acquire()) {
            // one second past now: a card changed this second is still seen (Sansan's queries go by the second).
            // To the millisecond, so that a reconcile right after another is a run of its own and not the
            // same job instance, which would give back the earlier run's result
            OffsetDateTime to = OffsetDateTime.now(JST).truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.DEFINITION, sync.definition())
                    .addString(JobParameterNames.FROM, sync.migrateFrom().toString())
                    .addString(JobParameterNames.TO, to.toString())
                    .addString(JobParameterNames.WINDOW, (properties.window() != null ? properties.window() : sync.window()).toString())
                    .toJobParameters();
            Optional<RunSummary> done = runner.completedRun(ReconcileJobConfiguration.JOB, parameters);
            return done.isPresent() ? done.get() : runner.run(reconcileJob, parameters);
        }
    }
}
