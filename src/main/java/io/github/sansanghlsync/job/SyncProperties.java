package io.github.sansanghlsync.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How runs are cut and where their state goes ({@code sync.*}, or {@code SYNC_*} in the environment).
 *
 * @param definition     name of the sync definition: keys the link table, the ledger and job instances
 * @param chunkSize      cards per chunk (one transaction, one restart point)
 * @param window         width of one {@code updatedFrom}/{@code updatedTo} window
 * @param migrateFrom    where {@code migrate} starts when no {@code --from} is given
 * @param entryStatuses  the card statuses read; not-completed cards are reported, not sent
 * @param reportsDir     where CSV error reports are written
 * @param dataDir        where the embedded database and the run lock live
 */
@ConfigurationProperties("sync")
public record SyncProperties(
        String definition,
        Integer chunkSize,
        Duration window,
        OffsetDateTime migrateFrom,
        List<String> entryStatuses,
        Path reportsDir,
        Path dataDir) {

    public SyncProperties {
        definition = definition == null || definition.isBlank() ? "default" : definition;
        chunkSize = chunkSize == null ? 100 : Math.max(1, chunkSize);
        window = window == null ? Duration.ofDays(30) : window;
        migrateFrom = migrateFrom == null ? OffsetDateTime.parse("2007-01-01T00:00:00+09:00") : migrateFrom;
        entryStatuses = entryStatuses == null || entryStatuses.isEmpty()
                ? List.of("completed", "processing", "unreadable") : List.copyOf(entryStatuses);
        reportsDir = reportsDir == null ? Path.of("reports") : reportsDir;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
