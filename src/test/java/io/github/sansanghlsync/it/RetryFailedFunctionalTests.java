package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.ledger.ErrorCode;
import io.github.sansanghlsync.retry.RetryFailed;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code retry-failed} after cards were fixed in Sansan delivers exactly those and leaves the rest open. */
class RetryFailedFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void deliversTheCardsFixedInSansanAndLeavesTheRestOpenWithTheirCodes() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200)) {
            // given: a migration that rejected cards
            RunSummary migration = fixture.migrate();
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            Map<String, String> openBefore = ErrorReportFile.openCodesByCard(ErrorReportFile.read(migration.report()));
            // and someone fixes the e-mail of every card rejected for a bad or missing e-mail
            Set<String> fixed = expected.codeByRejectedCard().entrySet().stream()
                    .filter(e -> e.getValue().equals("SANSAN_INVALID_EMAIL") || e.getValue().equals("SANSAN_NO_EMAIL_OR_PHONE"))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(fixed).hasSizeGreaterThanOrEqualTo(4);
            for (String id : fixed) {
                SansanCard card = fixture.sandbox.sansan().card(id).orElseThrow();
                fixture.sandbox.sansan().putCard(card.toBuilder().email("fixed-" + id.toLowerCase() + "@example.co.jp").build());
            }
            long upsertsBefore = fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");

            // when
            RunSummary retry = fixture.program().getBean(RetryFailed.class).retry(null, null);

            // then: exactly the fixed cards were sent, once each
            assertThat(retry.status()).isEqualTo("COMPLETED");
            assertThat(retry.cardsRead()).as("counters %s", retry.counters()).isEqualTo(openBefore.size());
            assertThat(fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert") - upsertsBefore)
                    .isEqualTo(fixed.size());
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            for (String id : fixed) {
                String person = fixture.sandbox.sansan().card(id).orElseThrow().personId();
                assertThat(byPerson.get(person)).hasSize(1);
                assertThat(byPerson.get(person).get(0).email()).isEqualTo("fixed-" + id.toLowerCase() + "@example.co.jp");
            }
            // the rest stays open with its code, in the retry's fresh report
            Map<String, String> stillOpen = ErrorReportFile.openCodesByCard(ErrorReportFile.read(retry.report()));
            Map<String, String> expectedOpen = openBefore.entrySet().stream().filter(e -> !fixed.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(stillOpen).isEqualTo(expectedOpen);
            assertThat(retry.report()).isNotEqualTo(migration.report());
        }
    }

    @Test
    void retriesOnlyTheRowsOfTheGivenCode() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200)) {
            // given
            RunSummary migration = fixture.migrate();
            Map<String, String> openBefore = ErrorReportFile.openCodesByCard(ErrorReportFile.read(migration.report()));
            long withCode = openBefore.values().stream().filter("SANSAN_NO_NAME"::equals).count();
            long sansanBefore = fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards/{id}");

            // when
            RunSummary retry = fixture.program().getBean(RetryFailed.class).retry(migration.instanceId(), ErrorCode.SANSAN_NO_NAME);

            // then: only those cards were fetched again, and they are still open (nobody fixed them)
            assertThat(withCode).isPositive();
            assertThat(fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards/{id}") - sansanBefore).isEqualTo(withCode);
            Map<String, String> stillOpen = ErrorReportFile.openCodesByCard(ErrorReportFile.read(retry.report()));
            assertThat(stillOpen).hasSize((int) withCode).containsValue("SANSAN_NO_NAME").doesNotContainValue("SANSAN_INVALID_EMAIL");
        }
    }
}
