package io.github.sansanghlsync.note;

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
import io.github.sansanghlsync.tag.TagProcessor;
import io.github.sansanghlsync.tag.TagProperties;
import io.github.sansanghlsync.tag.TagSender;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The notes step: card memos, then activity reports → GHL notes (and context tags), each written once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NoteProperties.class, OwnerUsers.class})
public class NoteStepConfiguration {

    public static final String STEP = "notes";

    @Bean
    Step notesStep(GhlWritingSteps steps, CardsThenReportsReader notesReader, NoteProcessor notesProcessor,
                   NoteWriter notesWriter, StepCounters notesCounters) {
        return steps.step(STEP, notesReader, notesProcessor, notesWriter, notesCounters);
    }

    /** The link rows of notes, tasks and tags, one instance per step; intents commit in a transaction of their own. */
    @Bean
    @StepScope
    ChildLinks childLinks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                          @Value("#{stepExecution}") StepExecution step) {
        return ChildLinks.forStep(jdbc, transactionManager, StepRun.of(step).isMigration());
    }

    @Bean
    @StepScope
    CardsThenReportsReader notesReader(SansanClient sansan, SansanProperties properties, SyncProperties sync,
                                       NoteProperties notes,
                                       @Value("#{jobParameters['" + JobParameterNames.FROM + "']}") String from,
                                       @Value("#{jobParameters['" + JobParameterNames.TO + "']}") String to,
                                       @Value("#{jobParameters['" + JobParameterNames.WINDOW + "']}") String window) {
        OffsetDateTime start = OffsetDateTime.parse(from);
        OffsetDateTime end = OffsetDateTime.parse(to);
        Duration width = Duration.parse(window);
        return new CardsThenReportsReader("notes",
                notes.memos() ? new BizCardReader("notes.cards", sansan, start, end, width, sync.entryStatuses(), properties.pageSize()) : null,
                notes.reports() ? new ActivityReportReader("notes.reports", sansan, start, end, width, properties.pageSize()) : null);
    }

    @Bean
    @StepScope
    StepCounters notesCounters() {
        return new StepCounters();
    }

    @Bean
    @StepScope
    NoteProcessor notesProcessor(LinkTable links, ChildLinks childLinks, FailureLedger ledger, OwnerUsers owners,
                                 NoteProperties properties, StepCounters notesCounters,
                                 @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        return new NoteProcessor(new ContactsOfPersons(links, run), childLinks,
                new ChildFailures(ledger, notesCounters, run, NoteProcessor.ENTITY), owners, properties, notesCounters, run);
    }

    @Bean
    @StepScope
    NoteWriter notesWriter(GhlClient ghl, ChildLinks childLinks, FailureLedger ledger, StepCounters notesCounters,
                           GhlProperties ghlProperties, TagProperties tags, @Value("#{stepExecution}") StepExecution step) {
        StepRun run = StepRun.of(step);
        ChildWriter notes = new ChildWriter(ghl, childLinks, new ChildFailures(ledger, notesCounters, run, NoteProcessor.ENTITY),
                notesCounters, run, NoteProcessor.ENTITY, ghlProperties.concurrency());
        return new NoteWriter(notes, new TagSender(ghl, tags.bulkMinContacts(), ghlProperties.concurrency()), childLinks,
                new ChildFailures(ledger, notesCounters, run, TagProcessor.ENTITY), ghl, notesCounters, run);
    }
}
