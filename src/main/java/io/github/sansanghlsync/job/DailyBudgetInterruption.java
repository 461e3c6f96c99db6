package io.github.sansanghlsync.job;

import io.github.sansanghlsync.ghl.DailyBudget;
import io.github.sansanghlsync.ghl.QuotaScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.ThreadStepInterruptionPolicy;

import java.time.Clock;

/**
 * Stops a step that writes to GHL at the next chunk boundary once the location's daily budget is down
 * to its reserve. Checked before each chunk, so the stop leaves every committed chunk and its restart
 * point in place: the step ends STOPPED and re-running the same command resumes it. The usual stop
 * signals (a {@code JobOperator.stop}, a thread interrupt) still work.
 */
public final class DailyBudgetInterruption implements StepInterruptionPolicy {

    private static final Logger log = LoggerFactory.getLogger(DailyBudgetInterruption.class);

    private final StepInterruptionPolicy usual = new ThreadStepInterruptionPolicy();
    private final QuotaScheduler quota;
    private final DailyBudget budget;
    private final Clock clock;

    public DailyBudgetInterruption(QuotaScheduler quota, DailyBudget budget, Clock clock) {
        this.quota = quota;
        this.budget = budget;
        this.clock = clock;
    }

    @Override
    public void checkInterrupted(StepExecution stepExecution) throws JobInterruptedException {
        usual.checkInterrupted(stepExecution);
        if (budget.exhausted(quota)) {
            String message = budget.stopMessage(quota, clock);
            log.warn("Stopping {}: {}", stepExecution.getStepName(), message);
            JobInterruptedException stop = new JobInterruptedException(message);
            // Batch 6.0.4's ChunkOrientedStep swallows this exception and ends the step COMPLETED unless the
            // step is also marked terminate-only; then AbstractStep ends it STOPPED. The failure carries our reason.
            stepExecution.setTerminateOnly();
            stepExecution.addFailureException(stop);
            throw stop;
        }
    }
}
