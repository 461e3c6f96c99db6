package io.github.sansanghlsync.sync;

import java.time.OffsetDateTime;

/**
 * Where a sync definition stands: every Sansan record updated before {@code upperBound} has been
 * synced, by the completed run {@code jobName}/{@code jobExecutionId}.
 */
public record Watermark(String definition, OffsetDateTime upperBound, String jobName, long jobExecutionId) {
}
