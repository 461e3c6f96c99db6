package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.BizCardPage;
import io.github.sansanghlsync.sansan.BizCardQuery;
import io.github.sansanghlsync.sansan.PagePrefetch;
import io.github.sansanghlsync.sansan.SansanApiException;
import io.github.sansanghlsync.sansan.SansanClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;

/**
 * Reads every card updated in [from, to) from Sansan, window by window and page by page, and can
 * resume where the last committed chunk stopped.
 *
 * <p>Its restart point is (window, token of the current page, cards of that page already emitted):
 * on restart it fetches that page again and skips what was emitted, so at most the in-flight chunk is
 * read again. If Sansan no longer accepts the saved page token (tokens may expire between a failure and
 * the re-run), it starts that window over: writes are idempotent, so re-reading costs only reads.
 *
 * <p>While the step processes a page, the next one (the next page of the window, or the first of the
 * next window) is already being fetched ({@link PagePrefetch}). At most two pages are held in memory.
 */
public class BizCardReader implements ItemStreamReader<BizCard> {

    private static final Logger log = LoggerFactory.getLogger(BizCardReader.class);
    private static final String WINDOW = "window";
    private static final String PAGE_TOKEN = "pageToken";
    private static final String OFFSET = "offsetInPage";
    private static final String PAGES = "pagesRead";

    private final SansanClient sansan;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final Duration window;
    private final List<String> entryStatuses;
    private final int pageSize;
    private final String name;

    private int windowIndex;
    private String pageToken;
    private int offsetInPage;
    private long pagesRead;
    private BizCardPage page;
    private Iterator<BizCard> cards;
    private PagePrefetch<BizCardPage> prefetch;

    public BizCardReader(String name, SansanClient sansan, OffsetDateTime from, OffsetDateTime to, Duration window,
                         List<String> entryStatuses, int pageSize) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The range is empty: from " + from + " is not before to " + to);
        }
        this.name = name;
        this.sansan = sansan;
        this.from = from;
        this.to = to;
        this.window = window;
        this.entryStatuses = entryStatuses;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        prefetch = new PagePrefetch<>(name + "-prefetch");
        windowIndex = context.getInt(key(WINDOW), 0);
        pageToken = context.containsKey(key(PAGE_TOKEN)) ? context.getString(key(PAGE_TOKEN)) : null;
        int emitted = context.getInt(key(OFFSET), 0);
        pagesRead = context.getLong(key(PAGES), 0);
        if (windowIndex >= windowCount()) {
            return;
        }
        try {
            fetch(pageToken);
        } catch (SansanApiException e) {
            if (pageToken == null || e.status() != 400) {
                throw e;
            }
            log.warn("Sansan no longer accepts the saved page token of window {} ({}); reading the window from its start",
                    windowIndex, e.codes());
            emitted = 0;
            fetch(null);
        }
        while (offsetInPage < emitted && cards.hasNext()) {
            cards.next();
            offsetInPage++;
        }
    }

    @Override
    public BizCard read() {
        while (windowIndex < windowCount()) {
            if (cards == null) {
                fetch(null);
            }
            if (cards.hasNext()) {
                offsetInPage++;
                return cards.next();
            }
            if (page.hasMore()) {
                fetch(page.nextPageToken());
            } else {
                windowIndex++;
                cards = null;
                pageToken = null;
                offsetInPage = 0;
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(key(WINDOW), windowIndex);
        if (pageToken == null) {
            context.remove(key(PAGE_TOKEN));
        } else {
            context.putString(key(PAGE_TOKEN), pageToken);
        }
        context.putInt(key(OFFSET), offsetInPage);
        context.putLong(key(PAGES), pagesRead);
    }

    @Override
    public void close() {
        page = null;
        cards = null;
        if (prefetch != null) {
            prefetch.close();
            prefetch = null;
        }
    }

    private void fetch(String token) {
        BizCardPage ahead = prefetch == null ? null : prefetch.take(windowIndex, token);
        page = ahead != null ? ahead : sansan.bizCards(query(windowIndex), token);
        pagesRead++;
        pageToken = token;
        cards = page.cards().iterator();
        offsetInPage = 0;
        if (prefetch != null) {
            prefetch.startAfter(windowIndex, page.hasMore(), page.nextPageToken(), windowCount(),
                    (w, t) -> sansan.bizCards(query(w), t));
        }
    }

    private BizCardQuery query(int index) {
        OffsetDateTime start = from.plus(window.multipliedBy(index));
        OffsetDateTime end = start.plus(window);
        return new BizCardQuery(start, end.isAfter(to) ? to : end, entryStatuses, pageSize);
    }

    int windowCount() {
        long total = Duration.between(from, to).toMillis();
        long size = window.toMillis();
        return (int) ((total + size - 1) / size);
    }

    private String key(String suffix) {
        return name + "." + suffix;
    }
}
