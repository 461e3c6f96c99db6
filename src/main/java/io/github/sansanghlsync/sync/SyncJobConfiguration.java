package io.github.sansanghlsync.sync;

import io.github.sansanghlsync.job.EntitySteps;
import io.github.sansanghlsync.job.RunReportListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code sync} job: the same entity steps as {@code migrate} (they read the window from the job
 * parameters), then the {@code watermark} step. No incrementer: re-running a failed sync with the same
 * parameters resumes it. New entity steps go into {@link EntitySteps}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncrementalProperties.class)
public class SyncJobConfiguration {

    public static final String JOB = "sync";

    @Bean
    Job syncJob(JobRepository repository, EntitySteps entitySteps, Step watermarkStep, RunReportListener report) {
        return entitySteps.job(JOB, repository, watermarkStep, report);
    }
}
