package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.schedule.ScheduledRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code serve}: sync on a cron schedule, one run at a time, a failed run resumed by the next trigger. */
class ServeFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void firesSyncOnScheduleSkipsTriggersWhileARunIsGoingAndResumesAFailedRunAtTheNextTrigger() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 40, config -> config.withSansan(config.sansan().withClock(CardEdits.SANSAN_CLOCK)))) {
            // given: a migrated definition, and serve with a sync every second
            fixture.with("schedule.cron", "* * * * * *").with("schedule.zone", "Asia/Tokyo").with("sansan.max-retries", 0);
            // contacts only, so a slowed-down Sansan makes a run last a few seconds, not a minute
            fixture.with("notes.memos", false).with("notes.reports", false).with("tasks.follow-up", false)
                    .with("tasks.congratulate", false).with("tasks.upcoming", false).with("tags.enabled", false);
            assertThat(fixture.migrate().status()).isEqualTo("COMPLETED");
            ScheduledRuns serve = fixture.program().getBean(ScheduledRuns.class);

            // when
            serve.start();

            // then: runs fire on schedule, each a new completed sync
            await().atMost(Duration.ofSeconds(30)).until(() -> serve.runs().size() >= 3);
            assertThat(serve.runs().subList(0, 3)).allMatch(run -> run.jobName().equals("sync") && run.status().equals("COMPLETED"));
            assertThat(serve.runs().subList(0, 3)).extracting(RunSummary::instanceId).doesNotHaveDuplicates();

            // when: Sansan becomes slow, so a run lasts longer than the one-second period
            fixture.sandbox.sansan().setLatency(2_500, 2_500);
            long skippedBefore = serve.skippedTriggers();
            int runsBefore = serve.runs().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> serve.runs().size() >= runsBefore + 2);
            fixture.sandbox.sansan().setLatency(0, 0);

            // then: triggers were skipped, and no two sync executions ever overlapped
            assertThat(serve.skippedTriggers()).isGreaterThan(skippedBefore);
            assertNoOverlappingSyncExecutions(fixture);

            // when: the next run fails (Sansan answers 500, no retries)
            fixture.sandbox.sansan().faults().failNext("GET /bizCards", 1, Fault.status(500));
            await().atMost(Duration.ofSeconds(30)).until(() -> serve.runs().stream().anyMatch(run -> run.status().equals("FAILED")));
            RunSummary failed = serve.runs().stream().filter(run -> run.status().equals("FAILED")).findFirst().orElseThrow();

            // then: the next trigger resumed that same run (same frozen window) and completed it
            await().atMost(Duration.ofSeconds(30)).until(() -> serve.runs().indexOf(failed) < serve.runs().size() - 1);
            RunSummary next = serve.runs().get(serve.runs().indexOf(failed) + 1);
            assertThat(next.instanceId()).isEqualTo(failed.instanceId());
            assertThat(next.status()).isEqualTo("COMPLETED");
            assertThat(next.executions()).isEqualTo(2);
            serve.close();
            assertNoOverlappingSyncExecutions(fixture);
        }
    }

    private static void assertNoOverlappingSyncExecutions(SyncFixture fixture) {
        List<Map<String, Object>> executions = fixture.jdbc().queryForList("SELECT e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'sync' ORDER BY e.START_TIME");
        for (int i = 1; i < executions.size(); i++) {
            Timestamp previousEnd = (Timestamp) executions.get(i - 1).get("END_TIME");
            Timestamp start = (Timestamp) executions.get(i).get("START_TIME");
            assertThat(previousEnd).as("end of sync execution %d", i - 1).isNotNull();
            assertThat(start).as("start of sync execution %d", i).isAfterOrEqualTo(previousEnd);
        }
    }
}
