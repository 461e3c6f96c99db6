package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code migrate} job against both emulators over HTTP, on an HSQLDB file database. */
class MigrateFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void migratesOneContactPerValidPersonAndReportsEveryRejectedCardOnce() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            // given
            SansanSeed seed = fixture.sandbox.sansan().seed();
            SeedExpectation expected = SeedExpectation.of(seed, fixture.sandbox.sansan().cards());

            // when
            RunSummary summary = fixture.migrate();

            // then: the run completed and every seeded card was read
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.cardsRead()).isEqualTo(seed.cards().size());

            // one GHL contact per valid person, with the fields of the person's newest valid card
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            expected.contactCardByPerson().forEach((person, card) -> {
                assertThat(byPerson.get(person)).as("contacts of person %s", person).hasSize(1);
                GhlContact contact = byPerson.get(person).get(0);
                assertThat(contact.lastName()).isEqualTo(card.lastName());
                assertThat(contact.firstName()).isEqualTo(card.firstName());
                assertThat(contact.email()).isEqualToIgnoringCase(card.email() == null ? null : card.email().strip());
                assertThat(contact.companyName()).isEqualTo(card.companyName());
                assertThat(contact.source()).isEqualTo("Sansan");
                // the upsert never sends tags; the tags step adds the cards' tags (checked in ActivityFunctionalTests)
                assertThat(contact.tags()).allMatch(tag -> tag.startsWith("sansan:")
                        || fixture.sandbox.sansan().cards().stream().anyMatch(c -> c.personId().equals(person)
                        && c.tags().stream().anyMatch(t -> t.name().equals(tag))));
            });
            // no contact for a person without a valid card, and never two contacts for one person or identity
            List<GhlContact> contacts = fixture.ghlContacts();
            assertThat(byPerson.keySet()).allMatch(p -> expected.contactCardByPerson().containsKey(p)
                    || expected.sharedPersons().contains(p));
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(contacts).hasSize(byPerson.size());
            assertThat(GhlState.duplicated(contacts, GhlContact::emailLowerCase)).isEmpty();
            assertThat(GhlState.duplicated(contacts, GhlContact::phone)).isEmpty();
            assertThat(summary.linkedPersons()).isEqualTo(contacts.size());

            // every rejected card in the CSV once, with its code
            List<Map<String, String>> report = ErrorReportFile.read(summary.report());
            Map<String, String> open = ErrorReportFile.openCodesByCard(report);
            assertThat(report.stream().map(row -> row.get("sansan_id"))).doesNotHaveDuplicates();
            expected.codeByRejectedCard().forEach((card, code) ->
                    assertThat(open.get(card)).as("code of card %s", card).isEqualTo(code));
            // the other open rows are the identity policy at work on shared e-mails and phones, or the notes,
            // tasks and tags of persons left without a contact
            open.forEach((card, code) -> {
                if (!expected.codeByRejectedCard().containsKey(card) && !code.equals("CHILD_CONTACT_MISSING")) {
                    assertThat(code).isIn("CONTACT_SHARED_EMAIL", "CONTACT_SHARED_PHONE");
                }
            });
            assertThat(summary.openFailures()).isEqualTo(report.stream().filter(row -> row.get("status").equals("OPEN")).count());
        }
    }

    @Test
    void sharedTeamAddressesAndSwitchboardsNeverMergeTwoPersons() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 300)) {
            // given
            SansanSeed seed = fixture.sandbox.sansan().seed();
            assertThat(seed.sharedIdentities()).isNotEmpty();

            // when
            RunSummary summary = fixture.migrate();

            // then: each shared value is on at most one contact, and every other person sharing it is in the report
            List<GhlContact> contacts = fixture.ghlContacts();
            List<Map<String, String>> report = ErrorReportFile.read(summary.report());
            for (SansanSeed.SharedIdentity shared : seed.sharedIdentities()) {
                long holders = contacts.stream().filter(c -> shared.value().equalsIgnoreCase(c.email())
                        || shared.value().equals(c.phone())).count();
                assertThat(holders).as("contacts holding %s", shared.value()).isLessThanOrEqualTo(1);
            }
            assertThat(report).anyMatch(row -> row.get("error_code").equals("CONTACT_SHARED_EMAIL"));
            assertThat(report).anyMatch(row -> row.get("error_code").equals("CONTACT_SHARED_PHONE_OMITTED")
                    && row.get("status").equals("WARNING"));
            assertThat(GhlState.duplicated(contacts, GhlContact::emailLowerCase)).isEmpty();
            assertThat(GhlState.duplicated(contacts, GhlContact::phone)).isEmpty();
        }
    }

    @Test
    void aSecondRunOfUnchangedCardsSendsNoRequestToGhl() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 80)) {
            // given
            RunSummary first = fixture.migrate();
            long upsertsBefore = fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");

            // when: a new run over the same cards
            RunSummary second = fixture.program().getBean(io.github.sansanghlsync.job.Migration.class)
                    .migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1), Duration.ofDays(60));

            // then
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.instanceId()).isNotEqualTo(first.instanceId());
            assertThat(fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert")).isEqualTo(upsertsBefore);
            assertThat(second.counter("ghl.requests")).isZero();
            assertThat(second.counter("contacts.unchanged")).isEqualTo(first.linkedPersons());
        }
    }

    @Test
    void readsEveryPageOfEveryWindow() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120)) {
            // given: 7 cards a page, 60-day windows
            fixture.with("sansan.page-size", 7);
            List<SansanCard> cards = fixture.sandbox.sansan().cards();
            long expectedPages = 0;
            for (OffsetDateTime start = SyncFixture.FROM; start.isBefore(SyncFixture.TO); start = start.plusDays(60)) {
                OffsetDateTime windowStart = start;
                OffsetDateTime end = start.plusDays(60).isAfter(SyncFixture.TO) ? SyncFixture.TO : start.plusDays(60);
                long inWindow = cards.stream().filter(c -> !c.updatedTime().isBefore(windowStart) && c.updatedTime().isBefore(end)).count();
                expectedPages += Math.max(1, (inWindow + 6) / 7);
            }

            // when
            RunSummary summary = fixture.migrate();

            // then
            assertThat(summary.cardsRead()).isEqualTo(cards.size());
            assertThat(summary.pagesRead()).isEqualTo(expectedPages);
            // the contacts, notes, tasks and tags steps each read the cards once
            assertThat(fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards")).isEqualTo(4 * expectedPages);
        }
    }

    @Test
    void aRunThatFailsAtChunkKResumesThereWithNothingLostOrDuplicated() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            // given: small chunks and pages, and GHL failing every request from the 60th upsert on
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 25).with("ghl.max-retries", 1);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            fixture.sandbox.ghl().faults().failFrom("POST /contacts/upsert", 60, Fault.status(500));

            // when: the run fails part-way
            RunSummary failed = fixture.migrate();
            long pagesBeforeFailure = fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards");

            // then
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.failure()).contains("500");
            int contactsAfterFailure = fixture.ghlContacts().size();
            assertThat(contactsAfterFailure).isBetween(40, 70);

            // when: GHL recovers and the same command is run again in a new process
            fixture.sandbox.ghl().faults().clear();
            fixture.restartProgram();
            RunSummary resumed = fixture.migrateResume();

            // then: the same run completed, without starting over
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
            assertThat(resumed.executions()).isEqualTo(2);
            long pagesOfResume = fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards") - pagesBeforeFailure;
            long allPages = resumed.pagesRead();
            // the contacts step resumes where it failed; the notes, tasks and tags steps then read every card once
            assertThat(pagesOfResume).isLessThanOrEqualTo(allPages - pagesBeforeFailure + 1 + 3 * allPages);

            // and nothing was lost or duplicated
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
            assertThat(resumed.cardsRead()).isEqualTo(fixture.sandbox.sansan().cards().size());
        }
    }
}
