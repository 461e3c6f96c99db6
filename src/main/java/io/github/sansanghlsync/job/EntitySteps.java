package io.github.sansanghlsync.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;

import java.util.List;

/**
 * The entity steps every sync job runs, parents before children: contacts, then notes, tasks and tags,
 * which find their contact in the link table. {@code migrate} and {@code sync} both run them, then
 * move the watermark.
 */
public record EntitySteps(List<Step> steps) {

    public EntitySteps {
        steps = List.copyOf(steps);
    }

    /** A job of these steps followed by {@code last}, reporting at its end. */
    public Job job(String name, JobRepository repository, Step last, RunReportListener report) {
        SimpleJobBuilder job = new JobBuilder(name, repository).start(steps.get(0));
        steps.subList(1, steps.size()).forEach(job::next);
        return job.next(last).listener(report).build();
    }
}
