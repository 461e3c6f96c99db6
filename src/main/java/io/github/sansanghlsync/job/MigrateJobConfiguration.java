package io.github.sansanghlsync.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The {@code migrate} job: every card updated in a range, contacts first, then their notes, tasks and tags. No incrementer: the same
 * identifying parameters (definition, from, to, window) mean the same run, so re-running a failed or
 * killed command resumes it. The last step moves the watermark, so {@code sync} continues from here.
 */
@Configuration(proxyBeanMethods = false)
public class MigrateJobConfiguration {

    public static final String JOB = "migrate";

    @Bean
    EntitySteps entitySteps(Step contactsStep, Step notesStep, Step tasksStep, Step tagsStep) {
        return new EntitySteps(List.of(contactsStep, notesStep, tasksStep, tagsStep));
    }

    @Bean
    Job migrateJob(JobRepository repository, EntitySteps entitySteps, Step watermarkStep, RunReportListener report) {
        return entitySteps.job(JOB, repository, watermarkStep, report);
    }
}
