package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.ghl.GhlNote;
import io.github.sansanghlsync.sandbox.ghl.GhlTask;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanOwner;
import io.github.sansanghlsync.sandbox.sansan.SansanTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes, tasks and tags steps of {@code migrate} against both emulators: each written exactly once. */
class ActivityFunctionalTests {

    private static final List<String> WRITES = List.of("POST /contacts/{contactId}/notes", "PUT /contacts/{contactId}/notes/{id}",
            "POST /contacts/{contactId}/tasks", "PUT /contacts/{contactId}/tasks/{taskId}",
            "PUT /contacts/{contactId}/tasks/{taskId}/completed", "POST /contacts/{contactId}/tags",
            "DELETE /contacts/{contactId}/tags", "POST /contacts/bulk/tags/update/{type}");

    @TempDir
    Path dir;

    @Test
    void ghlHoldsExactlyTheNotesTasksAndTagsTheSeedCallsForAndASecondRunSendsNothing() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200)) {
            // given: two of the Sansan owners mapped to GHL users
            Map<String, String> users = mapTwoOwners(fixture);

            // when
            RunSummary summary = fixture.migrate();

            // then
            assertThat(summary.status()).isEqualTo("COMPLETED");
            Map<String, GhlContact> contacts = contactsByPerson(fixture.sandbox.ghl());
            Map<String, ActivityExpectation.Expected> expected = ActivityExpectation.of(fixture.sandbox.sansan().cards(),
                    fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, users);
            ActivityExpectation.assertHolds(fixture.sandbox.ghl(), contacts, expected);
            assertThat(expected.values().stream().mapToLong(e -> e.tasks().stream().filter(t -> t.completed()).count()).sum())
                    .as("the seed has follow-ups that a later meeting completes").isPositive();
            assertThat(expected.values().stream().flatMap(e -> e.tasks().stream()).filter(t -> t.assignedTo() != null)).isNotEmpty();

            // when: the same migration again (a new run over the same data)
            Map<String, Long> before = writes(fixture);
            RunSummary second = fixture.program().getBean(Migration.class).migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1),
                    Duration.ofDays(60));

            // then: not one note, task or tag request
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(writes(fixture)).isEqualTo(before);
            assertThat(second.counter("ghl.requests")).isZero();
            assertThat(second.counter("notes.unchanged")).isEqualTo(summary.counter("notes.created"));
        }
    }

    @Test
    void aChangedMemoUpdatesItsNoteAndAChangedTitleCreatesOneCongratulationTask() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120)) {
            // given: a migrated sandbox, run twice so contacts the identity policy held back in the first run exist
            fixture.migrate();
            fixture.program().getBean(Migration.class).migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1), Duration.ofDays(60));
            SansanEmulator sansan = fixture.sandbox.sansan();
            Map<String, GhlContact> contacts = contactsByPerson(fixture.sandbox.ghl());
            SansanCard memoCard = sansan.cards().stream().filter(c -> c.memo() != null && contacts.containsKey(c.personId())
                    && "completed".equals(c.entryStatus())).findFirst().orElseThrow();
            String contactCard = fixture.jdbc().queryForObject("SELECT SOURCE_RECORD_ID FROM SYNC_LINK WHERE ENTITY = 'contact' "
                    + "AND SOURCE_ID <> ? ORDER BY SOURCE_ID LIMIT 1", String.class, memoCard.personId());
            SansanCard titleCard = sansan.card(contactCard).orElseThrow();
            GhlContact memoContact = contacts.get(memoCard.personId());
            List<GhlNote> notesBefore = fixture.sandbox.ghl().notes(memoContact.id());
            Map<String, Long> before = writes(fixture);

            // when: one memo and one title change in Sansan, and the next run picks them up
            OffsetDateTime changedAt = SyncFixture.TO.plusHours(1);
            sansan.putCard(memoCard.toBuilder().memo("打ち合わせ日程を再調整。").updatedTime(changedAt).build());
            sansan.putCard(titleCard.toBuilder().title("代表取締役").updatedTime(changedAt).build());
            RunSummary run = fixture.program().getBean(Migration.class).migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(2),
                    Duration.ofDays(60));

            // then: exactly that note was updated and exactly that task created
            assertThat(run.status()).isEqualTo("COMPLETED");
            Map<String, Long> delta = minus(writes(fixture), before);
            assertThat(delta).containsOnly(Map.entry("PUT /contacts/{contactId}/notes/{id}", 1L),
                    Map.entry("POST /contacts/{contactId}/tasks", 1L));
            List<GhlNote> notesAfter = fixture.sandbox.ghl().notes(memoContact.id());
            assertThat(notesAfter).hasSameSizeAs(notesBefore);
            assertThat(notesAfter).filteredOn(n -> n.body().startsWith("打ち合わせ日程を再調整。")).hasSize(1);
            GhlContact promoted = contactsByPerson(fixture.sandbox.ghl()).get(titleCard.personId());
            assertThat(fixture.sandbox.ghl().tasks(promoted.id())).filteredOn(t -> t.title().equals(
                    "Congratulate " + titleCard.lastName() + " " + titleCard.firstName() + " on the new role")).hasSize(1);
        }
    }

    @Test
    void aLostAnswerAndARestartAfterAFailureInTheTasksStepLeaveNoDuplicate() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200)) {
            // given: GHL applies a note but loses its answer; later it applies a task, loses the answer,
            // and fails the lookup too, so the run fails with the task created and its intent recorded
            fixture.with("ghl.max-retries", 1).with("sync.chunk-size", 20);
            Map<String, String> users = mapTwoOwners(fixture);
            fixture.sandbox.ghl().faults().failNext("POST /contacts/{contactId}/notes", 3, Fault.applyThenFail());
            fixture.sandbox.ghl().faults().failNext("POST /contacts/{contactId}/tasks", 1, Fault.applyThenFail());
            fixture.sandbox.ghl().faults().failNext("GET /contacts/{contactId}/tasks", 2, Fault.status(500));

            // when
            RunSummary failed = fixture.migrate();

            // then
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(fixture.sandbox.ghl().allTasks()).isNotEmpty();
            assertThat(intents(fixture)).as("the failed chunk's intents outlive its rollback").isPositive();

            // when: GHL recovers and the same command runs again in a new process
            fixture.sandbox.ghl().faults().clear();
            fixture.restartProgram();
            RunSummary resumed = fixture.migrateResume();

            // then: the run completed, the lost task was found rather than created again, nothing is there twice
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.counter("tasks.reconciled")).isPositive();
            Map<String, GhlContact> contacts = contactsByPerson(fixture.sandbox.ghl());
            ActivityExpectation.assertHolds(fixture.sandbox.ghl(), contacts, ActivityExpectation.of(fixture.sandbox.sansan().cards(),
                    fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, users));
            assertThat(duplicates(fixture.sandbox.ghl().allNotes(), GhlNote::body)).isEmpty();
            assertThat(duplicates(fixture.sandbox.ghl().allTasks(), GhlTask::body)).isEmpty();
            assertThat(intents(fixture)).as("every intent was resolved and deleted").isZero();
        }
    }

    private static int intents(SyncFixture fixture) {
        return fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_INTENT", Integer.class);
    }

    @Test
    void tagsAGhlUserAddedSurviveAndOnlyTagsThisProgramAddedAreRemoved() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 100)) {
            // given: a migrated sandbox, a contact made by hand, and a hand-added tag on a synced contact
            GhlEmulator ghl = fixture.sandbox.ghl();
            GhlContact byHand = ghl.addContactByHand(ghl.locationId(), "手入力", "太郎", "hand@example.jp", null, "VIP", "展示会2024");
            fixture.migrate();
            SansanEmulator sansan = fixture.sandbox.sansan();
            Map<String, GhlContact> contacts = contactsByPerson(ghl);
            Map<String, Long> cardsPerPerson = sansan.cards().stream().collect(Collectors.groupingBy(SansanCard::personId,
                    Collectors.counting()));
            SansanCard tagged = sansan.cards().stream().filter(c -> contacts.containsKey(c.personId()) && c.tags().size() >= 2
                    && cardsPerPerson.get(c.personId()) == 1).findFirst().orElseThrow();
            GhlContact contact = contacts.get(tagged.personId());
            SansanTag dropped = tagged.tags().get(0);
            ghl.addTagsByHand(contact.id(), "手動タグ");
            assertThat(ghl.contact(contact.id()).orElseThrow().tags()).contains(dropped.name(), "手動タグ");

            // when: the tag disappears from the card in Sansan and the next run picks it up
            sansan.putCard(tagged.toBuilder().tags(tagged.tags().subList(1, tagged.tags().size()))
                    .updatedTime(SyncFixture.TO.plusHours(1)).build());
            RunSummary run = fixture.program().getBean(Migration.class).migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(2),
                    Duration.ofDays(60));

            // then: the dropped Sansan tag is gone, the user's tags stayed, the other Sansan tags stayed
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.counter("tags.removed")).isEqualTo(1);
            List<String> tags = ghl.contact(contact.id()).orElseThrow().tags();
            assertThat(tags).doesNotContain(dropped.name()).contains("手動タグ");
            assertThat(tags).containsAll(tagged.tags().subList(1, tagged.tags().size()).stream().map(SansanTag::name).toList());
            assertThat(ghl.contact(byHand.id()).orElseThrow().tags()).containsExactly("VIP", "展示会2024");
        }
    }

    @Test
    void aMemoOfAPersonWithoutContactIsReportedAndWrittenOnceTheContactExists() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 100)) {
            // given: a person whose only card has a memo, and whose e-mail is broken in Sansan
            SansanEmulator sansan = fixture.sandbox.sansan();
            SeedExpectation expected = SeedExpectation.of(sansan.seed(), sansan.cards());
            Map<String, Long> cardsPerPerson = sansan.cards().stream().collect(Collectors.groupingBy(SansanCard::personId,
                    Collectors.counting()));
            SansanCard card = expected.contactCardByPerson().values().stream()
                    .filter(c -> c.memo() != null && c.email() != null && cardsPerPerson.get(c.personId()) == 1)
                    .findFirst().orElseThrow();
            sansan.putCard(card.toBuilder().email("broken@@example.jp").build());

            // when
            RunSummary first = fixture.migrate();

            // then: the memo waits in the ledger with its own code
            assertThat(first.counter("rejected.CHILD_CONTACT_MISSING")).isPositive();
            assertThat(fixture.jdbc().queryForObject("SELECT STATUS FROM SYNC_FAILURE WHERE RECORD_ID = ? AND ERROR_CODE = ?",
                    String.class, "memo/" + card.id(), "CHILD_CONTACT_MISSING")).isEqualTo("OPEN");

            // when: the card is fixed in Sansan and the next run picks it up
            sansan.putCard(card.toBuilder().updatedTime(SyncFixture.TO.plusHours(1)).build());
            RunSummary second = fixture.program().getBean(Migration.class).migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(2),
                    Duration.ofDays(60));

            // then: the contact exists with its memo note, and the ledger row is closed
            assertThat(second.status()).isEqualTo("COMPLETED");
            GhlContact contact = contactsByPerson(fixture.sandbox.ghl()).get(card.personId());
            assertThat(fixture.sandbox.ghl().notes(contact.id())).filteredOn(n -> n.body().startsWith(card.memo().strip()))
                    .hasSize(1);
            assertThat(fixture.jdbc().queryForObject("SELECT STATUS FROM SYNC_FAILURE WHERE RECORD_ID = ? AND ERROR_CODE = ?",
                    String.class, "memo/" + card.id(), "CHILD_CONTACT_MISSING")).isEqualTo("CLOSED");
        }
    }

    private static Map<String, String> mapTwoOwners(SyncFixture fixture) {
        List<SansanOwner> owners = fixture.sandbox.sansan().seed().owners();
        Map<String, String> users = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            users.put(owners.get(i).id(), "ghlUser" + i);
            fixture.with("owners.users." + owners.get(i).id(), "ghlUser" + i);
        }
        return users;
    }

    private static Map<String, GhlContact> contactsByPerson(GhlEmulator ghl) {
        Map<String, GhlContact> byPerson = new HashMap<>();
        GhlState.contactsByPerson(ghl).forEach((person, list) -> byPerson.put(person, list.get(0)));
        return byPerson;
    }

    private static Map<String, Long> writes(SyncFixture fixture) {
        EmulatorStats.Snapshot stats = fixture.sandbox.ghl().stats().snapshot();
        Map<String, Long> counts = new HashMap<>();
        WRITES.forEach(endpoint -> counts.put(endpoint, stats.requests(endpoint)));
        return counts;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((endpoint, count) -> {
            long d = count - before.getOrDefault(endpoint, 0L);
            if (d != 0) {
                delta.put(endpoint, d);
            }
        });
        return delta;
    }

    private static <T> List<String> duplicates(Collection<T> items, Function<T, String> key) {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        List<String> twice = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n > 1) {
                twice.add(k);
            }
        });
        return twice;
    }
}
