package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.reconcile.Reconciliation;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import io.github.sansanghlsync.sync.Synchronisation;
import io.github.sansanghlsync.sync.Watermark;
import io.github.sansanghlsync.sync.WatermarkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate}, then edits in Sansan, then {@code sync} and {@code reconcile}: only the changes reach GHL. */
class SyncFunctionalTests {

    private static final UnaryOperator<io.github.sansanghlsync.sandbox.Sandbox.Config> SANSAN_CLOCK =
            config -> config.withSansan(config.sansan().withClock(CardEdits.SANSAN_CLOCK));

    @TempDir
    Path dir;

    @Test
    void syncWritesExactlyTheChangesAndReconcileTagsExactlyTheVanishedPersons() throws Exception {
        try (SyncFixture fixture = start(80)) {
            // given: a completed migration
            SansanEmulator sansan = fixture.sandbox.sansan();
            GhlEmulator ghl = fixture.sandbox.ghl();
            RunSummary migration = fixture.migrate();
            assertThat(migration.status()).isEqualTo("COMPLETED");
            assertThat(watermark(fixture).upperBound()).isEqualTo(SyncFixture.TO);

            // and 5 cards changed, 3 persons added, 2 persons removed in Sansan
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(sansan, fixture.jdbc());
            assertThat(singles).hasSizeGreaterThanOrEqualTo(7);
            List<SansanCard> changed = CardEdits.retitle(sansan, singles.subList(0, 5), "営業部長");
            List<SansanCard> added = CardEdits.addPersons(sansan, singles.get(0), 3);
            List<String> removed = List.of(singles.get(5).personId(), singles.get(6).personId());
            CardEdits.removePersons(sansan, removed);
            long upsertsBefore = upserts(ghl);
            long writesBefore = CardEdits.writeRequests(ghl.stats());
            int contactsBefore = fixture.ghlContacts().size();

            // when
            RunSummary sync = fixture.program().getBean(Synchronisation.class).sync();

            // then: exactly 5 updates and 3 creations, one upsert each, nothing else written
            assertThat(sync.status()).isEqualTo("COMPLETED");
            assertThat(sync.jobName()).isEqualTo("sync");
            assertThat(sync.counter("contacts.updated")).isEqualTo(5);
            assertThat(sync.counter("contacts.created")).isEqualTo(3);
            assertThat(sync.counter("contacts.unchanged")).isZero();
            assertThat(upserts(ghl) - upsertsBefore).isEqualTo(8);
            assertThat(CardEdits.writeRequests(ghl.stats()) - writesBefore).isEqualTo(8);
            assertThat(fixture.ghlContacts()).hasSize(contactsBefore + 3);
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(ghl);
            String titleField = ghl.customFieldId(ghl.locationId(), "contact.job_title");
            for (SansanCard card : changed) {
                assertThat(byPerson.get(card.personId())).singleElement()
                        .satisfies(contact -> assertThat(contact.customFieldValue(titleField)).isEqualTo(card.title()));
            }
            for (SansanCard card : added) {
                assertThat(byPerson.get(card.personId())).singleElement()
                        .satisfies(contact -> assertThat(contact.email()).isEqualTo(card.email()));
            }
            // and the watermark moved to the run's upper bound, past every change
            Watermark afterSync = watermark(fixture);
            assertThat(afterSync.jobName()).isEqualTo("sync");
            assertThat(afterSync.upperBound()).isAfter(latestChange(changed, added));

            // when: a second sync with nothing new
            long writesAfterFirstSync = CardEdits.writeRequests(ghl.stats());
            RunSummary second = fixture.program().getBean(Synchronisation.class).sync();

            // then: the overlap re-reads the 8 cards, and they cost nothing at GHL
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.counter("contacts.unchanged")).isEqualTo(8);
            assertThat(second.counter("ghl.requests")).isZero();
            assertThat(CardEdits.writeRequests(ghl.stats())).isEqualTo(writesAfterFirstSync);
            // and, nothing failing, it leaves no error report file behind (a scheduled sync would pile them up)
            assertThat(second.report()).isNull();
            assertThat(second.render()).contains("error report ............. none written");
            assertThat(dir.resolve("reports")).isDirectoryNotContaining("glob:**-sync-run" + second.instanceId() + "-*");

            // when: reconcile (default treatment: tag)
            long tagRequestsBefore = ghl.stats().snapshot().requests("POST /contacts/{contactId}/tags");
            RunSummary reconcile = fixture.program().getBean(Reconciliation.class).reconcile();

            // then: exactly the 2 removed persons are tagged, nothing else written
            assertThat(reconcile.status()).isEqualTo("COMPLETED");
            assertThat(reconcile.counter("reconcile.tagged")).isEqualTo(2);
            assertThat(ghl.stats().snapshot().requests("POST /contacts/{contactId}/tags") - tagRequestsBefore).isEqualTo(2);
            assertThat(CardEdits.writeRequests(ghl.stats()) - writesAfterFirstSync).isEqualTo(2);
            List<String> tagged = fixture.ghlContacts().stream().filter(c -> c.tags().contains("sansan-vanished"))
                    .map(GhlContact::id).toList();
            assertThat(tagged).containsExactlyInAnyOrderElementsOf(removed.stream()
                    .map(person -> GhlState.contactsByPerson(ghl).get(person).get(0).id()).toList());

            // when: a second reconcile
            RunSummary again = fixture.program().getBean(Reconciliation.class).reconcile();

            // then: the marked persons are not treated again
            assertThat(again.status()).isEqualTo("COMPLETED");
            assertThat(again.counter("reconcile.vanished")).isZero();
            assertThat(CardEdits.writeRequests(ghl.stats()) - writesAfterFirstSync).isEqualTo(2);
        }
    }

    @Test
    void reconcileDeletesTheVanishedPersonsContactsOnlyWhenConfiguredTo() throws Exception {
        try (SyncFixture fixture = start(60)) {
            // given: a migration, then two persons removed from Sansan, and the delete treatment configured
            fixture.with("reconcile.vanished", "delete");
            GhlEmulator ghl = fixture.sandbox.ghl();
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(fixture.sandbox.sansan(), fixture.jdbc());
            List<String> removed = List.of(singles.get(0).personId(), singles.get(1).personId());
            List<String> removedContacts = removed.stream().map(p -> GhlState.contactsByPerson(ghl).get(p).get(0).id()).toList();
            CardEdits.removePersons(fixture.sandbox.sansan(), removed);
            int contactsBefore = fixture.ghlContacts().size();
            long writesBefore = CardEdits.writeRequests(ghl.stats());

            // when
            RunSummary reconcile = fixture.program().getBean(Reconciliation.class).reconcile();
            RunSummary again = fixture.program().getBean(Reconciliation.class).reconcile();

            // then: exactly those two contacts are gone, with one DELETE each, and the second run did nothing
            assertThat(reconcile.counter("reconcile.deleted")).isEqualTo(2);
            assertThat(again.counter("reconcile.vanished")).isZero();
            assertThat(ghl.stats().snapshot().requests("DELETE /contacts/{contactId}")).isEqualTo(2);
            assertThat(CardEdits.writeRequests(ghl.stats()) - writesBefore).isEqualTo(2);
            assertThat(fixture.ghlContacts()).hasSize(contactsBefore - 2);
            assertThat(fixture.ghlContacts()).extracting(GhlContact::id).doesNotContainAnyElementsOf(removedContacts);
        }
    }

    @Test
    void aFailedSyncIsResumedBySyncAgainAndTheWatermarkNeverPassesAnUnsyncedCard() throws Exception {
        try (SyncFixture fixture = start(120)) {
            // given: a migration, then 30 cards changed; GHL fails every upsert from the 12th on
            fixture.with("sync.chunk-size", 5).with("ghl.max-retries", 1);
            SansanEmulator sansan = fixture.sandbox.sansan();
            GhlEmulator ghl = fixture.sandbox.ghl();
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(sansan, fixture.jdbc());
            assertThat(singles).hasSizeGreaterThanOrEqualTo(30);
            List<SansanCard> changed = CardEdits.retitle(sansan, singles.subList(0, 30), "部長代理");
            ghl.faults().failFrom("POST /contacts/upsert", 12, Fault.status(500));

            // when
            RunSummary failed = fixture.program().getBean(Synchronisation.class).sync();

            // then: the run failed part-way and the watermark stayed before every card not yet in GHL
            assertThat(failed.status()).isEqualTo("FAILED");
            List<SansanCard> notSynced = changed.stream().filter(card -> !hasTitle(fixture, card)).toList();
            assertThat(notSynced).isNotEmpty().hasSizeLessThan(30);
            Watermark afterFailure = watermark(fixture);
            assertThat(afterFailure.jobName()).isEqualTo("migrate");
            assertThat(notSynced).allMatch(card -> !card.updatedTime().isBefore(afterFailure.upperBound()));

            // when: GHL recovers and the same command runs again in a new process
            ghl.faults().clear();
            fixture.restartProgram();
            RunSummary resumed = fixture.program().getBean(Synchronisation.class).sync();

            // then: the same run completed, every change is in GHL, and only then the watermark moved
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
            assertThat(resumed.executions()).isEqualTo(2);
            assertThat(changed).allMatch(card -> hasTitle(fixture, card));
            assertThat(resumed.counter("contacts.updated")).isEqualTo(30);
            Watermark afterResume = watermark(fixture);
            assertThat(afterResume.jobName()).isEqualTo("sync");
            assertThat(afterResume.upperBound()).isAfter(latestChange(changed, List.of()));
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }

    /** The sandbox's cards start in 2024: the reconcile sweep starts there too (fewer empty windows). */
    /**
     * Contacts only: these tests count the contact writes a change causes exactly; what notes, tasks and
     * tags a change causes is counted in ActivityFunctionalTests.
     */
    @Test
    void aCardThatGhlMatchesToAnotherPersonsContactIsRecordedAndNotLinkedToIt() throws Exception {
        try (SyncFixture fixture = start(40)) {
            // given: a migration, then a GHL user gives person A's contact an e-mail that person B's next card carries
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(fixture.sandbox.sansan(), fixture.jdbc());
            SansanCard a = singles.get(0);
            SansanCard b = singles.stream().skip(1).filter(card -> card.mobile() != null || card.tel() != null)
                    .findFirst().orElseThrow();
            String contactOfA = linkedContact(fixture, a.personId());
            String contactOfB = linkedContact(fixture, b.personId());
            fixture.sandbox.ghl().editContactByHand(contactOfA, contact -> contact.email("handmade@example.co.jp"));
            // (B keeps its phone, so the program does not move B's contact first: GHL matches the e-mail, i.e. A's)
            fixture.sandbox.sansan().changeCard(b.toBuilder().email("handmade@example.co.jp").build());

            // when
            RunSummary sync = fixture.program().getBean(Synchronisation.class).sync();

            // then: the match was noticed, recorded with its code, and B stays linked to its own contact
            assertThat(sync.rejectedByCode()).containsEntry("GHL_MATCHED_OTHER_PERSON", 1L);
            assertThat(ErrorReportFile.openCodesByCard(ErrorReportFile.read(sync.report())))
                    .containsEntry(b.id(), "GHL_MATCHED_OTHER_PERSON");
            assertThat(linkedContact(fixture, b.personId())).isEqualTo(contactOfB);
            assertThat(linkedContact(fixture, a.personId())).isEqualTo(contactOfA);
        }
    }

    private static String linkedContact(SyncFixture fixture, String person) {
        return fixture.jdbc().queryForObject("SELECT GHL_ID FROM SYNC_LINK WHERE ENTITY = 'contact' AND SOURCE_ID = ?",
                String.class, person);
    }

    private SyncFixture start(int persons) {
        return SyncFixture.start(dir, persons, SANSAN_CLOCK).with("sync.migrate-from", SyncFixture.FROM.toString())
                .with("notes.memos", false).with("notes.reports", false).with("tasks.follow-up", false)
                .with("tasks.congratulate", false).with("tasks.upcoming", false).with("tags.enabled", false);
    }

    private static boolean hasTitle(SyncFixture fixture, SansanCard card) {
        GhlEmulator ghl = fixture.sandbox.ghl();
        String titleField = ghl.customFieldId(ghl.locationId(), "contact.job_title");
        List<GhlContact> contacts = GhlState.contactsByPerson(ghl).get(card.personId());
        return contacts != null && card.title().equals(contacts.get(0).customFieldValue(titleField));
    }

    private static Watermark watermark(SyncFixture fixture) {
        return fixture.program().getBean(WatermarkTable.class).find("default").orElseThrow();
    }

    private static OffsetDateTime latestChange(List<SansanCard> a, List<SansanCard> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).map(SansanCard::updatedTime)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static long upserts(GhlEmulator ghl) {
        return ghl.stats().snapshot().requests("POST /contacts/upsert");
    }
}
