package io.github.sansanghlsync.retry;

import io.github.sansanghlsync.contact.ContactProcessor;
import io.github.sansanghlsync.contact.ContactWriter;
import io.github.sansanghlsync.job.GhlWritingSteps;
import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.RunReportListener;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.sansan.SansanClient;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code retryFailed} job: the failure ledger's open contact rows, their cards fetched again from
 * Sansan, through the very processor and writer of the contacts step.
 */
@Configuration(proxyBeanMethods = false)
public class RetryFailedJobConfiguration {

    public static final String JOB = "retryFailed";
    public static final String STEP = "retryContacts";
    /** Identifying: the executions whose rows to retry, comma-separated, or empty for every open row. */
    public static final String EXECUTIONS = "executions";
    /** Identifying: the error code to retry, or empty for all. */
    public static final String CODE = "code";
    /** Identifying: when the retry was asked for, so each request is a run of its own. */
    public static final String REQUESTED_AT = "requestedAt";

    @Bean
    Job retryFailedJob(JobRepository repository, Step retryContactsStep, RunReportListener report) {
        return new JobBuilder(JOB, repository).start(retryContactsStep).listener(report).build();
    }

    /**
     * Chunks of 20: each card is one Sansan request ({@code GET /bizCards/{id}}, 5 a second by default), so a
     * chunk commits every few seconds. Built like every GHL-writing step, so it also stops at the daily budget.
     */
    @Bean
    Step retryContactsStep(GhlWritingSteps steps, FailedCardReader failedCardReader, ContactProcessor contactsProcessor,
                           ContactWriter contactsWriter, StepCounters contactsCounters) {
        return steps.step(STEP, 20, failedCardReader, contactsProcessor, contactsWriter, contactsCounters);
    }

    @Bean
    @StepScope
    FailedCardReader failedCardReader(FailureLedger ledger, SansanClient sansan, StepCounters contactsCounters,
                                      @Value("#{stepExecution}") StepExecution step) {
        JobParameters parameters = step.getJobExecution().getJobParameters();
        String executions = parameters.getString(EXECUTIONS);
        String code = parameters.getString(CODE);
        List<Long> executionIds = executions == null || executions.isBlank() ? null
                : Arrays.stream(executions.split(",")).map(Long::valueOf).toList();
        return new FailedCardReader(ledger, sansan, contactsCounters, parameters.getString(JobParameterNames.DEFINITION),
                executionIds, code == null || code.isBlank() ? null : code, step.getJobExecutionId());
    }
}
