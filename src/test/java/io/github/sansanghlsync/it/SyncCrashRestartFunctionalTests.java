package io.github.sansanghlsync.it;

import io.github.sansanghlsync.SansanGhlSyncApplication;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sync.Watermark;
import io.github.sansanghlsync.sync.WatermarkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Kills a child JVM running {@code sync} with SIGKILL mid-run, then runs the same command again. */
class SyncCrashRestartFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void aSigkilledSyncResumesWithTheSameCommandAndTheWatermarkWaitsForIt() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150, config -> config
                .withSansan(config.sansan().withClock(CardEdits.SANSAN_CLOCK)))) {
            // given: a migration (in this process), then 50 cards changed in Sansan, and a slower GHL
            fixture.with("sync.chunk-size", 5);
            GhlEmulator ghl = fixture.sandbox.ghl();
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            List<SansanCard> singles = CardEdits.singleCardLinkedPersons(fixture.sandbox.sansan(), fixture.jdbc());
            assertThat(singles).hasSizeGreaterThanOrEqualTo(50);
            List<SansanCard> changed = CardEdits.retitle(fixture.sandbox.sansan(), singles.subList(0, 50), "課長補佐");
            OffsetDateTime migrationBound = watermark(fixture).upperBound();
            releaseDatabase(fixture);
            fixture.sandbox.ghl().setLatency(150, 200);
            List<String> command = command(fixture, "sync");
            long upsertsBefore = upserts(ghl);

            // when: the sync is killed after GHL took 15 of the 50 upserts
            Process child = start(command, 0);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !child.isAlive() || upserts(ghl) - upsertsBefore >= 15);
            assertThat(child.isAlive()).as("sync still running when killed; its log: %s", log(0)).isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            // then: the watermark did not move
            assertThat(upserts(ghl) - upsertsBefore).isLessThan(50);
            assertThat(watermark(fixture).upperBound()).isEqualTo(migrationBound);
            releaseDatabase(fixture);

            // when: the same command again
            Process again = start(command, 1);
            assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then: it resumed the killed run (one instance, two executions) and completed it
            assertThat(again.exitValue()).as("exit code; log: %s", log(1)).isZero();
            List<Long> executions = fixture.jdbc().queryForList("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                    + "ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'sync' GROUP BY i.JOB_INSTANCE_ID", Long.class);
            assertThat(executions).containsExactly(2L);
            String titleField = ghl.customFieldId(ghl.locationId(), "contact.job_title");
            var byPerson = GhlState.contactsByPerson(ghl);
            assertThat(changed).allMatch(card -> card.title().equals(byPerson.get(card.personId()).get(0).customFieldValue(titleField)));
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
            // and only now the watermark moved past the changes
            Watermark after = watermark(fixture);
            assertThat(after.jobName()).isEqualTo("sync");
            assertThat(changed).allMatch(card -> card.updatedTime().isBefore(after.upperBound()));
        }
    }

    /** Closes the embedded database (and its file lock) in this process, so a child JVM can open it. */
    private static void releaseDatabase(SyncFixture fixture) {
        fixture.jdbc().execute("SHUTDOWN");
        fixture.restartProgram();
    }

    private static Watermark watermark(SyncFixture fixture) {
        return fixture.program().getBean(WatermarkTable.class).find("default").orElseThrow();
    }

    private static long upserts(GhlEmulator ghl) {
        return ghl.stats().snapshot().requests("POST /contacts/upsert");
    }

    private String log(int attempt) throws Exception {
        return java.nio.file.Files.readString(dir.resolve("sync-child-" + attempt + ".log"));
    }

    private Process start(List<String> command, int attempt) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sync-child-" + attempt + ".log").toFile()).start();
    }

    /** The program's main class in a fresh JVM, configured with system properties as a user would. */
    private static List<String> command(SyncFixture fixture, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        fixture.properties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SansanGhlSyncApplication.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
