package io.github.sansanghlsync.reconcile;

import io.github.sansanghlsync.contact.BizCardReader;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.RunReportListener;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The {@code reconcile} job: one step that sweeps Sansan's ids and treats the persons that vanished. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconcileProperties.class)
public class ReconcileJobConfiguration {

    public static final String JOB = "reconcile";
    public static final String STEP = "reconcile";

    @Bean
    VanishedLinks vanishedLinks(JdbcTemplate jdbc) {
        return new VanishedLinks(jdbc);
    }

    @Bean
    Job reconcileJob(JobRepository repository, Step reconcileStep, RunReportListener report) {
        return new JobBuilder(JOB, repository)
                .start(reconcileStep)
                .listener(report)
                .build();
    }

    @Bean
    Step reconcileStep(JobRepository repository, PlatformTransactionManager transactionManager, Reconciler reconciler,
                       StepCounters reconcileCounters) {
        return new StepBuilder(STEP, repository)
                .tasklet(reconciler, transactionManager)
                .stream(reconcileCounters)
                .build();
    }

    @Bean
    @StepScope
    StepCounters reconcileCounters() {
        return new StepCounters();
    }

    @Bean
    @StepScope
    Reconciler reconciler(SansanClient sansan, SansanProperties sansanProperties, GhlClient ghl, GhlProperties ghlProperties,
                          VanishedLinks links, ReconcileProperties properties, SyncProperties sync,
                          StepCounters reconcileCounters,
                          @Value("#{jobParameters['" + JobParameterNames.FROM + "']}") String from,
                          @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                          @Value("#{jobParameters['" + JobParameterNames.WINDOW + "']}") String window) {
        return new Reconciler(() -> new BizCardReader(STEP + ".reader", sansan, OffsetDateTime.parse(from),
                OffsetDateTime.parse(to), Duration.parse(window), sync.entryStatuses(), sansanProperties.pageSize()),
                sansan, ghl, links, properties, reconcileCounters, ghlProperties.concurrency());
    }
}
