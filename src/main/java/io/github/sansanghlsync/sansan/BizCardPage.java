package io.github.sansanghlsync.sansan;

import java.util.List;

/** One page of {@code GET /bizCards}: the cards, and the token of the next page while {@code hasMore}. */
public record BizCardPage(List<BizCard> cards, boolean hasMore, String nextPageToken) {
}
