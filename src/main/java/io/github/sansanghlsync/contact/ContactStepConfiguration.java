package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.contact.mapping.ContactMapper;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.job.GhlWritingSteps;
import io.github.sansanghlsync.job.JobParameterNames;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.KnownLinks;
import io.github.sansanghlsync.link.LinkTable;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The contacts step: Sansan cards → validate and map → GHL upserts, one chunk per transaction. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MappingProperties.class)
public class ContactStepConfiguration {

    public static final String STEP = "contacts";

    @Bean
    Step contactsStep(GhlWritingSteps steps, BizCardReader contactsReader, ContactProcessor contactsProcessor,
                      ContactWriter contactsWriter, StepCounters contactsCounters) {
        return steps.step(STEP, contactsReader, contactsProcessor, contactsWriter, contactsCounters);
    }

    @Bean
    @StepScope
    BizCardReader contactsReader(SansanClient sansan, SansanProperties properties, SyncProperties sync,
                                 @Value("#{jobParameters['" + JobParameterNames.FROM + "']}") String from,
                                 @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                                 @Value("#{jobParameters['" + JobParameterNames.WINDOW + "']}") String window) {
        return new BizCardReader("contacts.reader", sansan, OffsetDateTime.parse(from), OffsetDateTime.parse(to),
                Duration.parse(window), sync.entryStatuses(), properties.pageSize());
    }

    @Bean
    @StepScope
    StepCounters contactsCounters() {
        return new StepCounters();
    }

    @Bean
    ContactMapper contactMapper(MappingProperties mapping, Environment environment) {
        return new ContactMapper(mapping.settings(), MappingRuleCheck.compile(mapping, environment));
    }

    @Bean
    @StepScope
    KnownLinks contactLinks(LinkTable links, @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        return links.known(run.definition(), ContactProcessor.ENTITY, run.isMigration());
    }

    @Bean
    @StepScope
    ContactProcessor contactsProcessor(ContactMapper mapper, GhlClient ghl, KnownLinks contactLinks, FailureLedger ledger,
                                       StepCounters contactsCounters, GhlProperties properties, JsonMapper json,
                                       @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        ledger.trackOpenRows(run.definition(), ContactProcessor.ENTITY, run.jobExecutionId());
        return new ContactProcessor(mapper, new CustomFieldIds(ghl), contactLinks, ledger, contactsCounters, run,
                properties.locationId(), json);
    }

    @Bean
    @StepScope
    ContactWriter contactsWriter(GhlClient ghl, KnownLinks contactLinks, FailureLedger ledger, StepCounters contactsCounters,
                                 GhlProperties properties, ObjectProvider<ContactOutcomes> outcomes,
                                 @Value("#{stepExecution}") StepExecution step) {
        return new ContactWriter(ghl, contactLinks, ledger, contactsCounters, StepRun.of(step), properties.concurrency(),
                outcomes.getIfAvailable(() -> ContactOutcomes.NONE));
    }
}
