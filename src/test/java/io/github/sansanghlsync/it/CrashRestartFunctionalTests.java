package io.github.sansanghlsync.it;

import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the real program (a child JVM running {@code migrate}) with SIGKILL in the middle of its work,
 * several times, then re-runs the same command until it completes: nothing lost, nothing twice.
 */
class CrashRestartFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void sigkilledMigrationResumesWithTheSameCommandWithoutDuplicatesOrStartingOver() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200, config -> config.withGhl(config.ghl().withLatency(5, 15)))) {
            // given
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 30);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            ChildProgram migrate = new ChildProgram(fixture, "migrate", "--from", SyncFixture.FROM.toString(),
                    "--to", SyncFixture.TO.toString(), "--window", "P60D");

            // when: killed three times, each time after GHL took another 40 upserts
            long upserts = 0;
            for (int kill = 0; kill < 3; kill++) {
                Process child = migrate.start();
                long target = upserts + 40;
                await().atMost(Duration.ofSeconds(90)).until(() -> !child.isAlive() || upserts(fixture) >= target);
                assertThat(child.isAlive()).as("child %d still running when killed", kill).isTrue();
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                upserts = upserts(fixture);
            }
            long pagesBeforeLastRun = fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards");
            Process last = migrate.start();
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then: the run completed (with rejected cards: exit code 3), resumed rather than started over
            assertThat(last.exitValue()).isEqualTo(3);
            long pagesOfLastRun = fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards") - pagesBeforeLastRun;
            Long executions = fixture.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
            assertThat(executions).as("one run, four executions").isEqualTo(4);
            // the notes, tasks and tags steps read every card once after contacts: starting over would add a fourth pass
            long onePass = pagesOfOnePass(fixture, 30);
            assertThat(pagesOfLastRun).isLessThan(4 * onePass);

            // and every valid person has exactly one contact; no identity twice
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(fixture.ghlContacts()).hasSize(byPerson.size());
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }

    @Test
    void sigkilledDuringTheNotesAndTasksStepsLeavesNoDuplicateNoteOrTask() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150, config -> config.withGhl(config.ghl().withLatency(20, 40)))) {
            // given
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 30);
            ChildProgram migrate = new ChildProgram(fixture, "migrate", "--from", SyncFixture.FROM.toString(),
                    "--to", SyncFixture.TO.toString(), "--window", "P60D");

            // when: killed while GHL takes notes, and again once it took the first tasks
            Process first = migrate.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> !first.isAlive() || requests(fixture, "POST /contacts/{contactId}/notes") >= 35);
            assertThat(first.isAlive()).as("killed in the notes step").isTrue();
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Process second = migrate.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> !second.isAlive() || requests(fixture, "POST /contacts/{contactId}/tasks") >= 2);
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Process last = migrate.start();
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then: every note and task the seed calls for, none twice
            assertThat(last.exitValue()).isEqualTo(3);
            Map<String, GhlContact> contacts = new java.util.HashMap<>();
            GhlState.contactsByPerson(fixture.sandbox.ghl()).forEach((person, list) -> contacts.put(person, list.get(0)));
            Map<String, ActivityExpectation.Expected> expected = ActivityExpectation.of(fixture.sandbox.sansan().cards(),
                    fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, Map.of());
            assertThat(fixture.sandbox.ghl().allNotes()).hasSize(expected.values().stream().mapToInt(e -> e.noteTexts().size()).sum());
            assertThat(fixture.sandbox.ghl().allTasks()).hasSize(expected.values().stream().mapToInt(e -> e.tasks().size()).sum());
            assertThat(fixture.sandbox.ghl().allNotes().stream().map(n -> n.body()).distinct().count())
                    .isEqualTo(fixture.sandbox.ghl().allNotes().size());
            assertThat(fixture.sandbox.ghl().allTasks().stream().map(t -> t.body()).distinct().count())
                    .isEqualTo(fixture.sandbox.ghl().allTasks().size());
        }
    }

    @Test
    void sigkilledAtRandomMomentsAcrossAllStepsEndsWithExactlyTheExpectedState() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120, config -> config.withGhl(config.ghl().withLatency(5, 15)))) {
            // given
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 30);
            ChildProgram migrate = new ChildProgram(fixture, "migrate", "--from", SyncFixture.FROM.toString(),
                    "--to", SyncFixture.TO.toString(), "--window", "P60D");
            java.util.Random random = new java.util.Random(20261204);

            // when: killed after a random number (20-120) of GHL requests, again and again, until a run gets through
            int kills = 0;
            Process child;
            while (true) {
                child = migrate.start();
                Process running = child;
                long target = fixture.sandbox.ghl().stats().snapshot().totalRequests() + 20 + random.nextInt(100);
                await().atMost(Duration.ofSeconds(120)).until(() -> !running.isAlive()
                        || fixture.sandbox.ghl().stats().snapshot().totalRequests() >= target);
                if (!running.isAlive() || kills == 15) {
                    break;
                }
                running.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then: the run completed after being killed in several steps
            assertThat(child.exitValue()).isEqualTo(3);
            assertThat(kills).isGreaterThanOrEqualTo(4);
            List<String> killedIn = fixture.jdbc().queryForList("SELECT DISTINCT s.STEP_NAME FROM BATCH_STEP_EXECUTION s "
                    + "WHERE s.STATUS IN ('STARTED', 'FAILED', 'UNKNOWN', 'STOPPED', 'ABANDONED')", String.class);
            assertThat(killedIn).as("steps a kill interrupted").hasSizeGreaterThanOrEqualTo(2);

            // and GHL holds exactly what the seed calls for: one contact per valid person, every note, task and tag once
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(fixture.ghlContacts()).hasSize(byPerson.size());
            Map<String, GhlContact> contacts = new java.util.HashMap<>();
            byPerson.forEach((person, list) -> contacts.put(person, list.get(0)));
            ActivityExpectation.assertHolds(fixture.sandbox.ghl(), contacts, ActivityExpectation.of(
                    fixture.sandbox.sansan().cards(), fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, Map.of()));
        }
    }

    private static long requests(SyncFixture fixture, String endpoint) {
        return fixture.sandbox.ghl().stats().snapshot().requests(endpoint);
    }

    /** Card pages one pass over the range takes, 60-day windows of {@code pageSize} cards. */
    private static long pagesOfOnePass(SyncFixture fixture, int pageSize) {
        long pages = 0;
        for (var start = SyncFixture.FROM; start.isBefore(SyncFixture.TO); start = start.plusDays(60)) {
            var from = start;
            var end = start.plusDays(60).isAfter(SyncFixture.TO) ? SyncFixture.TO : start.plusDays(60);
            long cards = fixture.sandbox.sansan().cards().stream()
                    .filter(c -> !c.updatedTime().isBefore(from) && c.updatedTime().isBefore(end)).count();
            pages += Math.max(1, (cards + pageSize - 1) / pageSize);
        }
        return pages;
    }

    private static long upserts(SyncFixture fixture) {
        return fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");
    }
}
