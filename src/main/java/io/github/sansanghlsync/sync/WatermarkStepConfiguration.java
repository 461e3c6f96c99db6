package io.github.sansanghlsync.sync;

import io.github.sansanghlsync.job.JobParameterNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.OffsetDateTime;

/**
 * The {@code watermark} step, last in {@code migrate} and {@code sync}: moves the definition's watermark
 * to the run's upper bound. Being the last step, it runs only when every entity step completed, and it
 * commits with its step execution, so a run killed before it leaves the watermark where it was.
 */
@Configuration(proxyBeanMethods = false)
public class WatermarkStepConfiguration {

    public static final String STEP = "watermark";
    private static final Logger log = LoggerFactory.getLogger(WatermarkStepConfiguration.class);

    @Bean
    WatermarkTable watermarkTable(JdbcTemplate jdbc) {
        return new WatermarkTable(jdbc);
    }

    @Bean
    Step watermarkStep(JobRepository repository, PlatformTransactionManager transactionManager, WatermarkTable watermarks) {
        return new StepBuilder(STEP, repository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    JobParameters parameters = step.getJobExecution().getJobParameters();
                    String definition = parameters.getString(JobParameterNames.DEFINITION);
                    OffsetDateTime upperBound = OffsetDateTime.parse(parameters.getString(JobParameterNames.TO));
                    boolean moved = watermarks.advance(definition, upperBound, step.getJobExecution().getJobInstance().getJobName(),
                            step.getJobExecutionId());
                    log.info(moved ? "Watermark of '{}' moved to {}" : "Watermark of '{}' stays (already at or after {})",
                            definition, upperBound);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
