package io.github.sansanghlsync.it;

import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SIGTERM (what Ctrl-C and systemd send) stops the run at a chunk boundary, STOPPED, and the same command continues it. */
class GracefulStopFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheRunCleanlyAndTheSameCommandContinuesIt() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200, config -> config.withGhl(config.ghl().withLatency(5, 15)))) {
            // given: a migration running in its own JVM
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 30);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            ChildProgram migrate = new ChildProgram(fixture, "migrate", "--from", SyncFixture.FROM.toString(),
                    "--to", SyncFixture.TO.toString(), "--window", "P60D");
            Process child = migrate.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> !child.isAlive()
                    || fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert") >= 50);
            assertThat(child.isAlive()).isTrue();

            // when: SIGTERM
            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            // then: the run is STOPPED (not left STARTED), having said so
            assertThat(fixture.jdbc().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1",
                    String.class)).isEqualTo("STOPPED");
            assertThat(Files.readString(dir.resolve("child-0.log"))).contains("Stop requested");
            int contactsWhenStopped = fixture.ghlContacts().size();
            assertThat(contactsWhenStopped).isLessThan(expected.contactCardByPerson().size());
            fixture.restartProgram();

            // when: the same command again
            Process again = migrate.start();
            assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then: the same run completed, nothing lost, nothing twice
            assertThat(again.exitValue()).as("exit code; log:%n%s", Files.readString(dir.resolve("child-1.log"))).isEqualTo(3);
            assertThat(fixture.jdbc().queryForObject("SELECT COUNT(DISTINCT JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION", Long.class))
                    .isEqualTo(1);
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }

    @Test
    void aSecondProcessForTheSameDefinitionRefusesToStartWithExitCode5() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120, config -> config.withGhl(config.ghl().withLatency(150, 300)))) {
            // given: a slow migration running (one request at a time)
            fixture.with("sync.chunk-size", 10).with("ghl.concurrency", 1);
            ChildProgram migrate = new ChildProgram(fixture, "migrate", "--from", SyncFixture.FROM.toString(),
                    "--to", SyncFixture.TO.toString(), "--window", "P60D");
            Process first = migrate.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> !first.isAlive()
                    || fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert") >= 10);
            assertThat(first.isAlive()).isTrue();

            // when: the same command in a second process
            Process second = migrate.start();

            // then
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("log:%n%s", Files.readString(dir.resolve("child-1.log"))).isEqualTo(5);
            assertThat(Files.readString(dir.resolve("child-1.log"))).contains("another process");
            first.destroy();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
