package io.github.sansanghlsync.sync;

import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.JobRunner;
import io.github.sansanghlsync.job.MigrateJobConfiguration;
import io.github.sansanghlsync.job.RunLock;
import io.github.sansanghlsync.job.RunLocks;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.job.SyncProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Runs {@code sync}: the definition's unfinished sync if there is one (so the next command or trigger
 * after a failure or a kill resumes it, with its frozen upper bound), else a new run over
 * [watermark − overlap, now − safety lag). Without a watermark (no completed migrate or sync yet) it
 * reads from {@code sync.migrate-from}, i.e. it migrates.
 */
@Component
public class Synchronisation {

    private static final Logger log = LoggerFactory.getLogger(Synchronisation.class);
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final Job syncJob;
    private final Job migrateJob;
    private final JobRunner runner;
    private final SyncProperties sync;
    private final IncrementalProperties incremental;
    private final WatermarkTable watermarks;
    private final RunLocks runLocks;

    public Synchronisation(@Qualifier("syncJob") Job syncJob, @Qualifier("migrateJob") Job migrateJob, JobRunner runner,
                           SyncProperties sync, IncrementalProperties incremental, WatermarkTable watermarks, RunLocks runLocks) {
        this.syncJob = syncJob;
        this.migrateJob = migrateJob;
        this.runner = runner;
        this.sync = sync;
        this.incremental = incremental;
        this.watermarks = watermarks;
        this.runLocks = runLocks;
    }

    /** Runs (or resumes) the sync; throws {@link RunInProgressException} when another process runs the definition. */
    public RunSummary sync() throws Exception {
        try (RunLock lock = runLocks.acquire()) {
            Optional<JobParameters> migration = runner.unfinishedRun(MigrateJobConfiguration.JOB, sync.definition());
            if (migration.isPresent()) {
                log.info("The migration of '{}' has not completed; resuming it first (syncs follow from its watermark)",
                        sync.definition());
                return runner.run(migrateJob, migration.get());
            }
            JobParameters parameters = parameters();
            Optional<RunSummary> done = runner.completedRun(SyncJobConfiguration.JOB, parameters);
            if (done.isPresent()) {
                // two runs within one second get the same upper bound: the first already did the work
                log.info("Sync up to {} already completed; nothing new", parameters.getString(JobParameterNames.TO));
                return done.get();
            }
            return runner.run(syncJob, parameters);
        }
    }

    /** The parameters of the run {@link #sync()} would start or resume now. */
    public JobParameters parameters() {
        Optional<JobParameters> unfinished = runner.unfinishedRun(SyncJobConfiguration.JOB, sync.definition());
        if (unfinished.isPresent()) {
            log.info("Found an unfinished sync of '{}' (up to {}); resuming it", sync.definition(),
                    unfinished.get().getString(JobParameterNames.TO));
            return unfinished.get();
        }
        OffsetDateTime to = OffsetDateTime.now(JST).minus(incremental.safetyLag()).truncatedTo(ChronoUnit.SECONDS);
        Optional<Watermark> watermark = watermarks.find(sync.definition());
        OffsetDateTime from = watermark.map(w -> w.upperBound().minus(incremental.overlap()).atZoneSameInstant(JST)
                .toOffsetDateTime()).orElse(sync.migrateFrom());
        if (watermark.isEmpty()) {
            log.info("No watermark for '{}' yet (no completed migrate or sync): reading from {}", sync.definition(), from);
        }
        if (!from.isBefore(to)) {
            // the watermark is ahead of now minus the lag (a migration just ended): read one second, move nothing back
            from = to.minusSeconds(1);
        }
        return new JobParametersBuilder()
                .addString(JobParameterNames.DEFINITION, sync.definition())
                .addString(JobParameterNames.FROM, from.toString())
                .addString(JobParameterNames.TO, to.toString())
                .addString(JobParameterNames.WINDOW, sync.window().toString())
                .toJobParameters();
    }
}
