package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.sansan.ActivityReport;
import io.github.sansanghlsync.sansan.ActivityReportPage;
import io.github.sansanghlsync.sansan.ActivityReportQuery;
import io.github.sansanghlsync.sansan.PagePrefetch;
import io.github.sansanghlsync.sansan.SansanApiException;
import io.github.sansanghlsync.sansan.SansanClient;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;

/**
 * Reads every activity report updated in [from, to) from Sansan ({@code GET /reports}), window by
 * window and page by page, resuming like the card reader: (window, page token, reports of the page
 * already emitted) is saved with every chunk. The next page is fetched while the current one is processed
 * ({@link PagePrefetch}), so at most two pages are held in memory.
 */
public class ActivityReportReader implements ItemStreamReader<ActivityReport> {

    private final String name;
    private final SansanClient sansan;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final Duration window;
    private final int pageSize;

    private int windowIndex;
    private String pageToken;
    private int offsetInPage;
    private long pagesRead;
    private ActivityReportPage page;
    private Iterator<ActivityReport> reports;
    private PagePrefetch<ActivityReportPage> prefetch;

    public ActivityReportReader(String name, SansanClient sansan, OffsetDateTime from, OffsetDateTime to, Duration window,
                                int pageSize) {
        this.name = name;
        this.sansan = sansan;
        this.from = from;
        this.to = to;
        this.window = window;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        prefetch = new PagePrefetch<>(name + "-prefetch");
        windowIndex = context.getInt(key("window"), 0);
        pageToken = context.containsKey(key("pageToken")) ? context.getString(key("pageToken")) : null;
        int emitted = context.getInt(key("offsetInPage"), 0);
        pagesRead = context.getLong(key("pagesRead"), 0);
        if (emitted > 0 || pageToken != null) {
            // resuming inside a page: fetch it again and skip what was emitted
            fetch(pageToken);
            while (offsetInPage < emitted && reports.hasNext()) {
                reports.next();
                offsetInPage++;
            }
        }
    }

    @Override
    public ActivityReport read() {
        while (windowIndex < windowCount()) {
            if (reports == null) {
                fetch(null);
            }
            if (reports.hasNext()) {
                offsetInPage++;
                return reports.next();
            }
            if (page.hasMore()) {
                fetch(page.nextPageToken());
            } else {
                windowIndex++;
                reports = null;
                pageToken = null;
                offsetInPage = 0;
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(key("window"), windowIndex);
        if (pageToken == null) {
            context.remove(key("pageToken"));
        } else {
            context.putString(key("pageToken"), pageToken);
        }
        context.putInt(key("offsetInPage"), offsetInPage);
        context.putLong(key("pagesRead"), pagesRead);
    }

    @Override
    public void close() {
        page = null;
        reports = null;
        if (prefetch != null) {
            prefetch.close();
            prefetch = null;
        }
    }

    private void fetch(String token) {
        ActivityReportQuery query = query(windowIndex);
        try {
            ActivityReportPage ahead = prefetch == null ? null : prefetch.take(windowIndex, token);
            page = ahead != null ? ahead : sansan.reports(query, token);
        } catch (SansanApiException e) {
            if (token == null || e.status() != 400) {
                throw e;
            }
            // the saved token expired: read the window again from its start (writes are idempotent)
            token = null;
            page = sansan.reports(query, null);
        }
        pagesRead++;
        pageToken = token;
        reports = page.reports().iterator();
        offsetInPage = 0;
        if (prefetch != null) {
            prefetch.startAfter(windowIndex, page.hasMore(), page.nextPageToken(), windowCount(),
                    (w, t) -> sansan.reports(query(w), t));
        }
    }

    private ActivityReportQuery query(int index) {
        OffsetDateTime start = from.plus(window.multipliedBy(index));
        OffsetDateTime end = start.plus(window);
        return new ActivityReportQuery(start, end.isAfter(to) ? to : end, pageSize);
    }

    private int windowCount() {
        long total = Duration.between(from, to).toMillis();
        long size = window.toMillis();
        return (int) ((total + size - 1) / size);
    }

    private String key(String suffix) {
        return name + "." + suffix;
    }
}
