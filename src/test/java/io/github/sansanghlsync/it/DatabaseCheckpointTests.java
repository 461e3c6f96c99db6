package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded HSQLDB checkpoints after each GHL-writing step instead of automatically: HSQLDB's automatic
 * checkpoint waits for every open transaction, and the notes and tasks steps open one inside their chunk's.
 */
class DatabaseCheckpointTests {

    @TempDir
    Path dir;

    @Test
    void theDatabaseLogIsWrittenIntoTheDataFileWhenEachStepEnds() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 150)) {
            // given: automatic checkpoints are off
            assertThat(fixture.jdbc().queryForObject(
                    "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = 'hsqldb.log_size'",
                    String.class)).isEqualTo("0");

            // when
            RunSummary run = fixture.migrate();

            // then: the run wrote hundreds of rows, but the log holds only what came after the last step's checkpoint
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_LINK", Integer.class)).isGreaterThan(200);
            Path log = dir.resolve("data").resolve("sansan-ghl-sync.log");
            assertThat(Files.exists(log) ? Files.size(log) : 0L).isLessThan(16_384);
        }
    }
}
