package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.FaultRates;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault both emulators can inject, at realistic rates, including the worst one (GHL applies the
 * request and then fails the response): the migration (contacts, notes, tasks, tags) completes with
 * exactly the state of a clean run.
 */
class FaultToleranceFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void everyFaultAtRealisticRatesStillGivesTheExactState() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            // given: 7 % of GHL requests and 5 % of Sansan requests fail in one way or another
            fixture.with("sansan.page-size", 20).with("sync.chunk-size", 20)
                    .with("ghl.timeout", "1s").with("sansan.timeout", "1s");
            fixture.sandbox.ghl().faults().setRates(new FaultRates(0.02, 0.01, 0.01, 0.01, 0.005, 0.02, 2_000));
            fixture.sandbox.sansan().faults().setRates(new FaultRates(0.02, 0.01, 0.01, 0.005, 0.005, 0, 2_000));
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());

            // when
            RunSummary summary = fixture.migrate();

            // then: faults were injected, and still nothing lost, nothing twice
            assertThat(fixture.sandbox.ghl().stats().snapshot().faultsInjected()).isPositive();
            assertThat(fixture.sandbox.sansan().stats().snapshot().faultsInjected()).isPositive();
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.cardsRead()).isEqualTo(fixture.sandbox.sansan().cards().size());
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            expected.contactCardByPerson().forEach((person, card) -> {
                assertThat(byPerson.get(person)).as("contacts of person %s", person).hasSize(1);
                assertThat(byPerson.get(person).get(0).lastName()).isEqualTo(card.lastName());
            });
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(fixture.ghlContacts()).hasSize(byPerson.size());
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
            Map<String, String> open = ErrorReportFile.openCodesByCard(ErrorReportFile.read(summary.report()));
            expected.codeByRejectedCard().forEach((card, code) -> assertThat(open.get(card)).isEqualTo(code));
            assertThat(open.values()).allMatch(code -> code.startsWith("SANSAN_") || code.startsWith("CONTACT_SHARED"));
            // and every note, task and tag the seed calls for, once
            Map<String, GhlContact> contacts = new java.util.HashMap<>();
            byPerson.forEach((person, list) -> contacts.put(person, list.get(0)));
            ActivityExpectation.assertHolds(fixture.sandbox.ghl(), contacts, ActivityExpectation.of(
                    fixture.sandbox.sansan().cards(), fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, Map.of()));
        }
    }
}
