package io.github.sansanghlsync.sandbox.sansan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which cards a {@link BizCardQuery} returns and in what order. Without {@code includePastBizCards}
 * only each person's head card (see {@link CardStore#NEWEST_LAST}, chosen among all of the person's
 * cards) is eligible; the other filters then apply to it.
 */
final class BizCardFeed {

    /** One page of results. */
    record Page(List<SansanCard> cards, boolean hasMore, int nextOffset) {
    }

    private BizCardFeed() {
    }

    static List<SansanCard> matching(CardStore.Snapshot snapshot, BizCardQuery query, String meId) {
        return snapshot.cards().stream()
                .filter(card -> query.includePastBizCards() || snapshot.isHead(card))
                .filter(card -> query.rangeAll() || card.owner() != null && meId.equals(card.owner().id()))
                .filter(card -> query.entryStatuses().contains(card.entryStatus()))
                .filter(card -> inWindow(card.updatedTime(), query))
                .sorted(order(query))
                .toList();
    }

    static Page page(CardStore.Snapshot snapshot, BizCardQuery query, String meId, int offset) {
        List<SansanCard> all = snapshot.matching(query.fingerprint() + "|" + meId, () -> matching(snapshot, query, meId));
        int start = Math.min(offset, all.size());
        int end = Math.min(start + query.limit(), all.size());
        return new Page(all.subList(start, end), end < all.size(), end);
    }

    /** Sort key in the asked direction; ties broken by card id, always ascending. */
    static Comparator<SansanCard> order(BizCardQuery query) {
        Function<SansanCard, OffsetDateTime> key = query.orderBy().equals("registeredAt")
                ? SansanCard::registeredTime : SansanCard::updatedTime;
        Function<SansanCard, Instant> instant = card -> key.apply(card) == null ? null : key.apply(card).toInstant();
        Comparator<SansanCard> byKey = Comparator.comparing(instant, Comparator.nullsFirst(Comparator.naturalOrder()));
        return (query.descending() ? byKey.reversed() : byKey).thenComparing(SansanCard::id);
    }

    private static boolean inWindow(OffsetDateTime updated, BizCardQuery query) {
        return updated != null && !updated.isBefore(query.updatedFrom()) && updated.isBefore(query.updatedTo());
    }
}
