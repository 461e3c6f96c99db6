package io.github.sansanghlsync.task;

import io.github.sansanghlsync.activity.ActivityReportReader;
import io.github.sansanghlsync.activity.CardsThenReportsReader;
import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ChildWriter;
import io.github.sansanghlsync.activity.ContactsOfPersons;
import io.github.sansanghlsync.activity.OwnerUsers;
import io.github.sansanghlsync.contact.BizCardReader;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.GhlWritingSteps;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.ChildLinks;
import io.github.sansanghlsync.link.LinkTable;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The tasks step: task rules over the cards, then over the activity reports → GHL tasks, each written once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TaskProperties.class, OwnerUsers.class})
public class TaskStepConfiguration {

    public static final String STEP = "tasks";

    @Bean
    Step tasksStep(GhlWritingSteps steps, CardsThenReportsReader tasksReader, TaskProcessor tasksProcessor,
                   TaskWriter tasksWriter, StepCounters tasksCounters) {
        return steps.step(STEP, tasksReader, tasksProcessor, tasksWriter, tasksCounters);
    }

    @Bean
    @StepScope
    CardsThenReportsReader tasksReader(SansanClient sansan, SansanProperties properties, SyncProperties sync,
                                       @Value("#{jobParameters['" + JobParameterNames.FROM + "']}") String from,
                                       @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                                       @Value("#{jobParameters['" + JobParameterNames.WINDOW + "']}") String window) {
        OffsetDateTime start = OffsetDateTime.parse(from);
        OffsetDateTime end = OffsetDateTime.parse(to);
        Duration width = Duration.parse(window);
        return new CardsThenReportsReader("tasks",
                new BizCardReader("tasks.cards", sansan, start, end, width, sync.entryStatuses(), properties.pageSize()),
                new ActivityReportReader("tasks.reports", sansan, start, end, width, properties.pageSize()));
    }

    @Bean
    @StepScope
    StepCounters tasksCounters() {
        return new StepCounters();
    }

    @Bean
    @StepScope
    TaskProcessor tasksProcessor(LinkTable links, ChildLinks childLinks, FailureLedger ledger, OwnerUsers owners,
                                 TaskProperties properties, StepCounters tasksCounters,
                                 @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                                 @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        return new TaskProcessor(new ContactsOfPersons(links, run), childLinks,
                new ChildFailures(ledger, tasksCounters, run, TaskProcessor.ENTITY), owners, properties, tasksCounters, run,
                OffsetDateTime.parse(to));
    }

    @Bean
    @StepScope
    TaskWriter tasksWriter(GhlClient ghl, ChildLinks childLinks, FailureLedger ledger, StepCounters tasksCounters,
                           GhlProperties ghlProperties, @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        ChildFailures failures = new ChildFailures(ledger, tasksCounters, run, TaskProcessor.ENTITY);
        return new TaskWriter(new ChildWriter(ghl, childLinks, failures, tasksCounters, run, TaskProcessor.ENTITY,
                ghlProperties.concurrency()), ghl, childLinks, failures, tasksCounters, run, ghlProperties.concurrency());
    }
}
