package io.github.sansanghlsync.sansan;

import java.util.List;

/** One page of {@code GET /reports}; a report whose JSON does not fit is left out and counted in {@code unreadable}. */
public record ActivityReportPage(List<ActivityReport> reports, boolean hasMore, String nextPageToken, int unreadable) {
}
