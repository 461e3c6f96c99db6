package io.github.sansanghlsync.it;

import io.github.sansanghlsync.cli.ExitCode;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sync.Synchronisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GHL's limits against the real job: the daily budget stops and resumes a run, 429 storms cost only time. */
class QuotaFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void aRunStopsAtTheDailyReserveAndTheNextDaysRunsFinishItWithNothingLost() throws Exception {
        // the next days' runs alternate between re-running migrate and the scheduler's sync: both resume it
        AdjustableClock clock = new AdjustableClock();
        try (SyncFixture fixture = SyncFixture.start(dir, 60,
                config -> config.withGhl(config.ghl().withDailyLimit(45).withClock(clock)))) {
            // given: 45 GHL requests a day, 15 of them left to GHL's users, chunks of 10 cards
            fixture.with("sync.chunk-size", 10).with("ghl.daily-reserve", 15);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            assertThat(expected.contactCardByPerson()).hasSizeGreaterThan(40);

            // when: the migration is re-run the next day, every day, until it completes
            List<RunSummary> runs = new ArrayList<>();
            RunSummary last = fixture.migrate();
            runs.add(last);
            while (!last.status().equals("COMPLETED") && runs.size() < 6) {
                // then: each day's run stopped cleanly at a chunk boundary, saying when the budget resets
                assertThat(last.status()).isEqualTo("STOPPED");
                assertThat(ExitCode.of(last)).isEqualTo(ExitCode.STOPPED);
                assertThat(last.failure()).contains("daily request budget").contains("resets at");
                assertThat(last.render()).contains("STOPPED: ");
                // and never ran into GHL's hard daily limit
                assertThat(fixture.sandbox.ghl().stats().snapshot().tooManyRequests()).isZero();

                clock.advance(Duration.ofDays(1));
                fixture.restartProgram();
                last = runs.size() % 2 == 1 ? fixture.program().getBean(Synchronisation.class).sync() : fixture.migrateResume();
                assertThat(last.jobName()).isEqualTo("migrate");
                runs.add(last);
            }

            // then: the one run took several days and completed
            assertThat(runs.size()).isGreaterThanOrEqualTo(2);
            assertThat(last.status()).isEqualTo("COMPLETED");
            assertThat(last.instanceId()).isEqualTo(runs.get(0).instanceId());
            assertThat(last.executions()).isEqualTo(runs.size());
            assertThat(last.cardsRead()).isEqualTo(fixture.sandbox.sansan().cards().size());

            // and every valid person is in GHL exactly once
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(fixture.sandbox.ghl().stats().snapshot().tooManyRequests()).isZero();
        }
    }

    @Test
    void a429StormCostsTimeButNoRecord() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120)) {
            // given: GHL answers the next 40 upserts with 429 (no Retry-After, as the real API)
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            fixture.sandbox.ghl().faults().failNext("POST /contacts/upsert", 40, Fault.status(429));

            // when
            RunSummary summary = fixture.migrate();

            // then: GHL sent 40 429s, the program took them in, and completed the run
            EmulatorStats.Snapshot ghl = fixture.sandbox.ghl().stats().snapshot();
            assertThat(ghl.tooManyRequests()).isEqualTo(40);
            assertThat(summary.counter("ghl.throttled")).isEqualTo(40);
            assertThat(summary.status()).isEqualTo("COMPLETED");

            // and lost no record: every valid person in GHL once, no GHL rejection in the ledger
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(summary.rejectedByCode().keySet()).noneMatch(code -> code.startsWith("GHL_"));
            // each throttled upsert was sent again: 40 more requests than contacts written
            long written = summary.counter("contacts.created") + summary.counter("contacts.updated");
            assertThat(ghl.requests("POST /contacts/upsert")).isEqualTo(written + 40);
        }
    }
}
