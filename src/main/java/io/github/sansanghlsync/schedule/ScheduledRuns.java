package io.github.sansanghlsync.schedule;

import io.github.sansanghlsync.job.RunInProgressException;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.reconcile.ReconcileJobConfiguration;
import io.github.sansanghlsync.reconcile.Reconciliation;
import io.github.sansanghlsync.sync.SyncJobConfiguration;
import io.github.sansanghlsync.sync.Synchronisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code serve} does: fires {@code sync} (and optionally {@code reconcile}) on cron expressions in
 * the configured time zone. Runs happen one at a time on their own thread; a trigger that fires while a
 * run is going is skipped and logged (the next trigger catches up: a sync reads everything since the
 * watermark). A failed sync is resumed by the next trigger, with its frozen upper bound.
 */
@Component
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduledRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final Synchronisation synchronisation;
    private final Reconciliation reconciliation;
    private final ScheduleProperties schedule;
    private final JobOperator operator;
    private final JobRepository repository;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong skipped = new AtomicLong();
    private final List<RunSummary> runs = new CopyOnWriteArrayList<>();
    private ThreadPoolTaskScheduler triggers;
    private ExecutorService runner;

    public ScheduledRuns(Synchronisation synchronisation, Reconciliation reconciliation, ScheduleProperties schedule,
                         JobOperator operator, JobRepository repository) {
        this.synchronisation = synchronisation;
        this.reconciliation = reconciliation;
        this.schedule = schedule;
        this.operator = operator;
        this.repository = repository;
    }

    /** Starts the triggers; runs start on the next firing time. */
    public synchronized void start() {
        if (triggers != null) {
            return;
        }
        runner = Executors.newSingleThreadExecutor(task -> new Thread(task, "scheduled-run"));
        triggers = new ThreadPoolTaskScheduler();
        triggers.setThreadNamePrefix("schedule-");
        triggers.setPoolSize(1);
        triggers.initialize();
        if (!ScheduleProperties.DISABLED.equals(schedule.cron())) {
            triggers.schedule(() -> fire("sync", synchronisation::sync), new CronTrigger(schedule.cron(), schedule.zone()));
            log.info("serve: sync on '{}' ({})", schedule.cron(), schedule.zone());
        }
        if (!ScheduleProperties.DISABLED.equals(schedule.reconcileCron())) {
            triggers.schedule(() -> fire("reconcile", reconciliation::reconcile),
                    new CronTrigger(schedule.reconcileCron(), schedule.zone()));
            log.info("serve: reconcile on '{}' ({})", schedule.reconcileCron(), schedule.zone());
        }
    }

    /** Triggers skipped because a run was going. */
    public long skippedTriggers() {
        return skipped.get();
    }

    /** The summaries of the runs that ended, oldest first. */
    public List<RunSummary> runs() {
        return List.copyOf(runs);
    }

    private void fire(String what, Run run) {
        if (!running.compareAndSet(false, true)) {
            skipped.incrementAndGet();
            log.info("serve: {} trigger skipped: a run is still going", what);
            return;
        }
        runner.execute(() -> {
            try {
                execute(what, run);
            } finally {
                running.set(false);
            }
        });
    }

    /** Runs once; never throws, so the schedule keeps going whatever happens. */
    private void execute(String what, Run run) {
        try {
            RunSummary summary = run.run();
            runs.add(summary);
            if (!"COMPLETED".equals(summary.status())) {
                log.warn("serve: {} ended {}; the next trigger resumes it", what, summary.status());
            }
        } catch (RunInProgressException e) {
            skipped.incrementAndGet();
            log.warn("serve: {} trigger skipped: {}", what, e.getMessage());
        } catch (Exception e) {
            log.error("serve: {} failed ({}); the next trigger tries again", what, e.toString());
        }
    }

    /**
     * Stops the triggers, asks a run that is going to stop at its next chunk boundary (it ends STOPPED and
     * the next trigger, after a restart, resumes it) and waits for it.
     */
    @Override
    public synchronized void close() {
        if (triggers == null) {
            return;
        }
        triggers.shutdown();
        if (running.get()) {
            stopRunningJobs();
        }
        runner.shutdown();
        try {
            if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("serve: a run is still going at shutdown; the next start resumes it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        triggers = null;
    }

    private void stopRunningJobs() {
        for (String job : List.of(SyncJobConfiguration.JOB, ReconcileJobConfiguration.JOB)) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                try {
                    log.info("serve: shutting down; stopping {} run {}", job, execution.getJobInstanceId());
                    operator.stop(execution);
                } catch (Exception e) {
                    log.warn("serve: could not stop {} run {}: {}", job, execution.getJobInstanceId(), e.toString());
                }
            }
        }
    }

    @FunctionalInterface
    interface Run {
        RunSummary run() throws Exception;
    }
}
