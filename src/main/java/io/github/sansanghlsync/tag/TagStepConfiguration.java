package io.github.sansanghlsync.tag;

import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ContactsOfPersons;
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

/** The tags step: the cards' Sansan tags → GHL contact tags, added (in bulk where it can) and removed only if this program added them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TagProperties.class)
public class TagStepConfiguration {

    public static final String STEP = "tags";

    @Bean
    Step tagsStep(GhlWritingSteps steps, BizCardReader tagsReader, TagProcessor tagsProcessor,
                  TagWriter tagsWriter, StepCounters tagsCounters) {
        return steps.step(STEP, tagsReader, tagsProcessor, tagsWriter, tagsCounters);
    }

    @Bean
    @StepScope
    BizCardReader tagsReader(SansanClient sansan, SansanProperties properties, SyncProperties sync,
                             @Value("#{jobParameters['" + JobParameterNames.FROM + "']}") String from,
                             @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                             @Value("#{jobParameters['" + JobParameterNames.WINDOW + "']}") String window) {
        return new BizCardReader("tags.cards", sansan, OffsetDateTime.parse(from), OffsetDateTime.parse(to),
                Duration.parse(window), sync.entryStatuses(), properties.pageSize());
    }

    @Bean
    @StepScope
    StepCounters tagsCounters() {
        return new StepCounters();
    }

    @Bean
    @StepScope
    TagProcessor tagsProcessor(LinkTable links, ChildLinks childLinks, FailureLedger ledger, TagProperties properties,
                               StepCounters tagsCounters, @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        return new TagProcessor(new ContactsOfPersons(links, run), childLinks,
                new ChildFailures(ledger, tagsCounters, run, TagProcessor.ENTITY), properties, tagsCounters, run);
    }

    @Bean
    @StepScope
    TagWriter tagsWriter(GhlClient ghl, ChildLinks childLinks, FailureLedger ledger, StepCounters tagsCounters,
                         TagProperties properties, GhlProperties ghlProperties, @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        return new TagWriter(ghl, new TagSender(ghl, properties.bulkMinContacts(), ghlProperties.concurrency()), childLinks,
                new ChildFailures(ledger, tagsCounters, run, TagProcessor.ENTITY), tagsCounters, run, ghlProperties.concurrency());
    }
}
