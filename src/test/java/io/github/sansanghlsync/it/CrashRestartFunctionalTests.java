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
            assertThat(pagesOfLastRun).isLessThan(fixture.sandbox.sansan().stats().snapshot().requests("GET /bizCards") / 2);

            // and every valid person has exactly one contact; no identity twice
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(fixture.ghlContacts()).hasSize(byPerson.size());
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }

    private static long upserts(SyncFixture fixture) {
        return fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");
    }
}
