package io.github.sansanghlsync.sansan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The next Sansan page of a windowed reader, fetched on a background thread while the step processes the
 * current one, so Sansan's latency and pacing overlap the GHL writes. It is only a cache: the reader's
 * restart point stays the page being consumed, and a page that failed, or is not the one asked for, is
 * simply fetched again. One page is held ahead at most.
 *
 * @param <P> the page type
 */
public final class PagePrefetch<P> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PagePrefetch.class);

    private final ExecutorService executor;
    private Ahead<P> ahead;

    /** A page being fetched: which window and token it is for. */
    private record Ahead<P>(int window, String token, Future<P> page) {
    }

    public PagePrefetch(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Fetches one page of a window: the first with a null token. */
    @FunctionalInterface
    public interface PageFetch<P> {
        P fetch(int window, String token);
    }

    /**
     * Starts fetching the page after the current one, in place of any page ahead: the window's next page when it
     * has more, else the first page of the next window, if there is one.
     */
    public void startAfter(int window, boolean hasMore, String nextToken, int windowCount, PageFetch<P> fetch) {
        cancel();
        int nextWindow = hasMore ? window : window + 1;
        String token = hasMore ? nextToken : null;
        if (nextWindow < windowCount) {
            ahead = new Ahead<>(nextWindow, token, executor.submit(() -> fetch.fetch(nextWindow, token)));
        }
    }

    /** The page fetched ahead for this window and token, or null (none, another one, or it failed: fetch it again). */
    public P take(int window, String token) {
        Ahead<P> page = ahead;
        ahead = null;
        if (page == null || page.window() != window || !Objects.equals(page.token(), token)) {
            if (page != null) {
                page.page().cancel(true);
            }
            return null;
        }
        try {
            return page.page().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a Sansan page", e);
        } catch (ExecutionException e) {
            log.debug("Prefetching a Sansan page failed ({}); fetching it again", e.getCause().toString());
            return null;
        }
    }

    @Override
    public void close() {
        cancel();
        executor.shutdownNow();
    }

    private void cancel() {
        if (ahead != null) {
            ahead.page().cancel(true);
            ahead = null;
        }
    }
}
