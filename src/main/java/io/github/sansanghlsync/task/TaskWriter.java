package io.github.sansanghlsync.task;

import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ChildWriter;
import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a chunk's tasks exactly once, then marks the follow-ups completed that activities showed were done. */
class TaskWriter implements ItemWriter<TaskWork> {

    private final ChildWriter tasks;
    private final GhlClient ghl;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final StepCounters counters;
    private final StepRun run;
    private final int concurrency;

    TaskWriter(ChildWriter tasks, GhlClient ghl, ChildLinks links, ChildFailures failures, StepCounters counters,
               StepRun run, int concurrency) {
        this.tasks = tasks;
        this.ghl = ghl;
        this.links = links;
        this.failures = failures;
        this.counters = counters;
        this.run = run;
        this.concurrency = concurrency;
    }

    @Override
    public void write(Chunk<? extends TaskWork> chunk) {
        tasks.write(chunk.getItems().stream().flatMap(work -> work.tasks().stream()).toList());
        Map<String, TaskWork.Completion> completions = new LinkedHashMap<>();
        chunk.getItems().forEach(work -> work.completions().forEach(c -> completions.putIfAbsent(c.task().sourceId(), c)));
        if (completions.isEmpty()) {
            return;
        }
        long before = ghl.requestCount();
        List<Done> done = Flux.fromIterable(completions.values())
                .flatMapSequential(completion -> ghl.completeTask(completion.contactId(), completion.task().ghlId())
                        .thenReturn(new Done(completion, null))
                        .onErrorResume(e -> e instanceof GhlApiException api && api.isRecordError(),
                                e -> Mono.just(new Done(completion, (GhlApiException) e))), concurrency)
                .collectList().block();
        counters.add("ghl.requests", ghl.requestCount() - before);
        for (Done result : done) {
            ChildLink task = result.completion().task();
            if (result.error() != null) {
                failures.rejected(task.sourceId(), task.parentId(), result.error(), "completing " + task.sourceId());
                continue;
            }
            counters.increment("tasks.completed");
            links.save(run.definition(), TaskProcessor.ENTITY, task.withState(ChildLink.COMPLETED), run.jobExecutionId());
        }
    }

    private record Done(TaskWork.Completion completion, GhlApiException error) {
    }
}
