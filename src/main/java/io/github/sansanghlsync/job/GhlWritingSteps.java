package io.github.sansanghlsync.job;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds every entity step that writes to GHL the one way they must all be built: {@code sync.chunk-size}
 * items per transaction of the program's database, the step's counters committed with each chunk,
 * progress logged, a stop at a chunk boundary once GHL's daily budget is down to its reserve, and the
 * embedded database checkpointed when the step ends.
 */
@Component
public class GhlWritingSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactionManager;
    private final SyncProperties sync;
    private final DailyBudgetInterruption dailyBudget;
    private final DatabaseCheckpoint checkpoint;

    public GhlWritingSteps(JobRepository repository, PlatformTransactionManager transactionManager, SyncProperties sync,
                           DailyBudgetInterruption dailyBudget, DatabaseCheckpoint checkpoint) {
        this.repository = repository;
        this.transactionManager = transactionManager;
        this.sync = sync;
        this.dailyBudget = dailyBudget;
        this.checkpoint = checkpoint;
    }

    public <I, O> Step step(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer,
                            StepCounters counters) {
        return step(name, sync.chunkSize(), reader, processor, writer, counters);
    }

    /** A step with its own chunk size (e.g. a reader that makes one Sansan request per item). */
    public <I, O> Step step(String name, int chunkSize, ItemReader<I> reader, ItemProcessor<I, O> processor,
                            ItemWriter<O> writer, StepCounters counters) {
        return new StepBuilder(name, repository)
                .<I, O>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .stream(counters)
                .listener(new ProgressLogger(counters))
                .listener(checkpoint)
                .interruptionPolicy(dailyBudget)
                .build();
    }
}
