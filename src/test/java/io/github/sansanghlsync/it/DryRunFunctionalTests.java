package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.retry.RetryFailed;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sync.Synchronisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --dry-run} on migrate, sync and retry-failed: nothing is written to GHL (counted at the emulator)
 * nor to the program's state, the plan lists every record's outcome, and the real run that follows has
 * exactly the dry run's counts.
 */
class DryRunFunctionalTests {

    private static final String DRY_RUN = "sync.dry-run";

    @TempDir
    Path dir;

    @Test
    void aDryMigrationWritesNothingAndPredictsTheRealOne() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            GhlEmulator ghl = fixture.sandbox.ghl();

            // when: a dry run
            RunSummary dry = dryRun(fixture, f -> f.migrate());

            // then: GHL received no write, the program kept no state, and the plan accounts for every outcome
            assertThat(dry.dryRun()).isTrue();
            assertThat(CardEdits.writeRequests(ghl.stats())).isZero();
            assertThat(fixture.ghlContacts()).isEmpty();
            assertNoStateLeft(fixture);
            assertThat(dry.counter("contacts.created")).isPositive();
            assertThat(dry.rejectedByCode()).isNotEmpty();
            Map<String, Long> plan = planCounts(dry.report());
            assertThat(plan.get("contact.create")).isEqualTo(dry.counter("contacts.created"));
            assertThat(plan.get("contact.unchanged")).isNull();

            // when: the real run
            RunSummary real = fixture.migrate();

            // then: the same counts per outcome
            assertThat(real.dryRun()).isFalse();
            assertThat(outcomes(real)).isEqualTo(outcomes(dry));
            assertThat(fixture.ghlContacts()).hasSize((int) real.counter("contacts.created"));
            // and the plan's rejections are exactly the rows of the real run's error report
            assertThat(planRejections(dry.report())).isEqualTo(ErrorReportFile.openCodesByCard(ErrorReportFile.read(real.report())));
        }
    }

    @Test
    void aDrySyncShowsEachChangedFieldOldAndNewAndPredictsTheRealSync() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 80,
                config -> config.withSansan(config.sansan().withClock(CardEdits.SANSAN_CLOCK)))) {
            // given: a migration, then 4 titles changed and 2 persons added in Sansan
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(fixture.sandbox.sansan(), fixture.jdbc());
            Map<String, String> oldTitles = singles.subList(0, 4).stream()
                    .collect(Collectors.toMap(SansanCard::id, card -> card.title() == null ? "" : card.title()));
            List<SansanCard> changed = CardEdits.retitle(fixture.sandbox.sansan(), singles.subList(0, 4), "営業部長");
            CardEdits.addPersons(fixture.sandbox.sansan(), singles.get(0), 2);
            // and one person's new e-mail and phone: the real run moves the contact (PUT) before the upsert
            SansanCard moving = singles.get(4);
            String oldEmail = moving.email();
            fixture.sandbox.sansan().changeCard(moving.toBuilder().email("moved-" + moving.id().toLowerCase() + "@example.co.jp")
                    .tel(null).secondTel(null).mobile("090-7777-0001").build());
            long writesBefore = CardEdits.writeRequests(fixture.sandbox.ghl().stats());
            long upsertsBefore = fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");
            Map<String, Object> linksBefore = linkState(fixture);

            // when
            RunSummary dry = dryRun(fixture, f -> f.program().getBean(Synchronisation.class).sync());

            // then: nothing written, state as it was, and the plan names each field change with old and new values
            assertThat(CardEdits.writeRequests(fixture.sandbox.ghl().stats())).isEqualTo(writesBefore);
            assertThat(linkState(fixture)).isEqualTo(linksBefore);
            assertThat(dry.counter("contacts.updated")).isEqualTo(5);
            assertThat(dry.counter("contacts.identityMoved")).isEqualTo(1);
            assertThat(dry.counter("contacts.created")).isEqualTo(2);
            List<Map<String, String>> rows = ErrorReportFile.read(dry.report());
            for (SansanCard card : changed) {
                assertThat(rows).filteredOn(row -> row.get("sansan_id").equals(card.id()))
                        .singleElement()
                        .satisfies(row -> {
                            assertThat(row.get("outcome")).isEqualTo("update");
                            assertThat(row.get("field")).isEqualTo("customField.contact.job_title");
                            assertThat(row.get("old_value")).isEqualTo(oldTitles.get(card.id()));
                            assertThat(row.get("new_value")).isEqualTo(card.title());
                        });
            }
            assertThat(rows).filteredOn(row -> row.get("outcome").equals("create") && row.get("entity").equals("contact")).hasSize(2);
            assertThat(rows).filteredOn(row -> row.get("sansan_id").equals(moving.id()) && row.get("field").equals("email"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("outcome")).isEqualTo("update");
                        assertThat(row.get("old_value")).isEqualToIgnoringCase(oldEmail);
                        assertThat(row.get("new_value")).isEqualTo("moved-" + moving.id().toLowerCase() + "@example.co.jp");
                    });

            // when: the real sync
            fixture.without(DRY_RUN).restartProgram();
            RunSummary real = fixture.program().getBean(Synchronisation.class).sync();

            // then
            assertThat(outcomes(real)).isEqualTo(outcomes(dry));
            assertThat(fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert") - upsertsBefore).isEqualTo(7);
        }
    }

    @Test
    void aDryRetryOfTheLedgerPredictsTheRealRetry() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            // given: a migration that rejected cards, some of which are then fixed in Sansan
            RunSummary migration = fixture.migrate();
            Map<String, String> open = ErrorReportFile.openCodesByCard(ErrorReportFile.read(migration.report()));
            List<String> fixable = open.entrySet().stream().filter(e -> e.getValue().equals("SANSAN_INVALID_EMAIL"))
                    .map(Map.Entry::getKey).sorted().toList();
            assertThat(fixable).isNotEmpty();
            for (String id : fixable) {
                SansanCard card = fixture.sandbox.sansan().card(id).orElseThrow();
                fixture.sandbox.sansan().putCard(card.toBuilder().email("fixed-" + id.toLowerCase() + "@example.co.jp").build());
            }
            long writesBefore = CardEdits.writeRequests(fixture.sandbox.ghl().stats());
            int openRowsBefore = openLedgerRows(fixture);

            // when
            RunSummary dry = dryRun(fixture, f -> f.program().getBean(RetryFailed.class).retry(null, null));

            // then
            assertThat(CardEdits.writeRequests(fixture.sandbox.ghl().stats())).isEqualTo(writesBefore);
            assertThat(openLedgerRows(fixture)).isEqualTo(openRowsBefore);
            assertThat(dry.counter("contacts.created")).isPositive();
            assertThat(planRejections(dry.report())).doesNotContainKeys(fixable.toArray(String[]::new))
                    .containsAllEntriesOf(open.entrySet().stream().filter(e -> !fixable.contains(e.getKey()))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            // when: the real retry
            RunSummary real = fixture.program().getBean(RetryFailed.class).retry(null, null);
            // then
            assertThat(outcomes(real)).isEqualTo(outcomes(dry));
            assertThat(openLedgerRows(fixture)).isLessThan(openRowsBefore);
        }
    }

    private interface Run {
        RunSummary run(SyncFixture fixture) throws Exception;
    }

    /** Runs as {@code --dry-run} does (the property on a fresh program), then goes back to a normal program. */
    private static RunSummary dryRun(SyncFixture fixture, Run run) throws Exception {
        fixture.with(DRY_RUN, "true").restartProgram();
        try {
            return run.run(fixture);
        } finally {
            fixture.without(DRY_RUN).restartProgram();
        }
    }

    /** What a run did, by outcome: every counter but the request counts, which a dry run spends on reads. */
    private static Map<String, Long> outcomes(RunSummary summary) {
        return new TreeMap<>(summary.counters().entrySet().stream().filter(e -> !e.getKey().startsWith("ghl."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The plan's rejected contact rows, error code by Sansan card id. */
    private static Map<String, String> planRejections(Path plan) throws Exception {
        return ErrorReportFile.read(plan).stream()
                .filter(row -> row.get("outcome").equals("reject") && row.get("entity").equals("contact"))
                .collect(Collectors.toMap(row -> row.get("sansan_id"), row -> row.get("error_code")));
    }

    /** Records per entity and outcome in a plan file, e.g. {@code contact.update} (an update has a row per field). */
    private static Map<String, Long> planCounts(Path plan) throws Exception {
        return ErrorReportFile.read(plan).stream()
                .collect(Collectors.groupingBy(row -> row.get("entity") + "." + row.get("outcome") + "|" + row.get("sansan_id")
                        + "|" + row.get("ghl_id"), Collectors.counting()))
                .keySet().stream().collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf('|')), Collectors.counting()));
    }

    private static void assertNoStateLeft(SyncFixture fixture) {
        assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_LINK", Integer.class)).isZero();
        assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_FAILURE", Integer.class)).isZero();
        assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_WATERMARK", Integer.class)).isZero();
    }

    private static Map<String, Object> linkState(SyncFixture fixture) {
        return new TreeMap<>(Map.of(
                "links", fixture.jdbc().queryForList("SELECT DEFINITION, ENTITY, SOURCE_ID, GHL_ID, CONTENT_HASH FROM SYNC_LINK "
                        + "ORDER BY DEFINITION, ENTITY, SOURCE_ID"),
                "ledger", fixture.jdbc().queryForList("SELECT DEFINITION, RECORD_ID, STATUS, ERROR_CODE, OCCURRENCES FROM SYNC_FAILURE "
                        + "ORDER BY ID"),
                "watermarks", fixture.jdbc().queryForList("SELECT DEFINITION, UPPER_BOUND FROM SYNC_WATERMARK ORDER BY DEFINITION")));
    }

    private static int openLedgerRows(SyncFixture fixture) {
        return fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_FAILURE WHERE STATUS = 'OPEN'", Integer.class);
    }
}
