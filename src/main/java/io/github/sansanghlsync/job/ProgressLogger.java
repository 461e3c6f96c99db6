package io.github.sansanghlsync.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs a step's progress at most every ten seconds, so a long migration shows it is moving. */
public class ProgressLogger implements ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final StepCounters counters;
    private long lastLog = System.nanoTime();

    public ProgressLogger(StepCounters counters) {
        this.counters = counters;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - lastLog < INTERVAL_NANOS) {
            return;
        }
        lastLog = now;
        var context = StepSynchronizationManager.getContext();
        StepExecution step = context == null ? null : context.getStepExecution();
        if (step != null) {
            log.info("{}: {} read, {} written, {} filtered; {}", step.getStepName(), step.getReadCount(),
                    step.getWriteCount(), step.getFilterCount(), counters.snapshot());
        }
    }
}
