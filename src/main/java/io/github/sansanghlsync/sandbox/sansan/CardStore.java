package io.github.sansanghlsync.sandbox.sansan;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's cards, thread-safe: writers change a map under a lock, readers get an immutable
 * snapshot (rebuilt after a change) with each person's head card, so a page query never sees a half-write.
 */
final class CardStore {

    /**
     * Newest card of a person: by exchangeDate (missing counts as oldest), then registeredTime, then id,
     * so the choice is total and stable.
     */
    static final Comparator<SansanCard> NEWEST_LAST = Comparator
            .comparing(SansanCard::exchangeDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SansanCard::registeredTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SansanCard::id);

    /** An immutable view of all cards at one moment. */
    record Snapshot(List<SansanCard> cards, Map<String, SansanCard> byId, Map<String, SansanCard> headByPerson,
                    Map<String, List<SansanCard>> queryResults) {

        Snapshot(List<SansanCard> cards, Map<String, SansanCard> byId, Map<String, SansanCard> headByPerson) {
            this(cards, byId, headByPerson, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /**
         * The cards a query matches, computed once per snapshot and query: paging through a window then costs
         * one filter and sort of the whole store, not one per page (100,000 cards, 300 a page).
         */
        List<SansanCard> matching(String queryKey, java.util.function.Supplier<List<SansanCard>> compute) {
            if (queryResults.size() > 32) {
                queryResults.clear();
            }
            return queryResults.computeIfAbsent(queryKey, key -> compute.get());
        }

        boolean isHead(SansanCard card) {
            SansanCard head = headByPerson.get(card.personId());
            return head != null && head.id().equals(card.id());
        }
    }

    private final Map<String, SansanCard> cards = new LinkedHashMap<>();
    private Snapshot snapshot;

    CardStore(List<SansanCard> initial) {
        initial.forEach(card -> cards.put(card.id(), card));
    }

    synchronized Snapshot snapshot() {
        if (snapshot == null) {
            Map<String, SansanCard> heads = new HashMap<>();
            for (SansanCard card : cards.values()) {
                heads.merge(card.personId(), card, (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b);
            }
            snapshot = new Snapshot(List.copyOf(cards.values()),
                    Collections.unmodifiableMap(new LinkedHashMap<>(cards)), Map.copyOf(heads));
        }
        return snapshot;
    }

    /** Adds the card, or replaces the card with the same id (keeping its place). */
    synchronized void put(SansanCard card) {
        cards.put(card.id(), card);
        snapshot = null;
    }

    synchronized boolean remove(String id) {
        boolean removed = cards.remove(id) != null;
        snapshot = null;
        return removed;
    }

    Optional<SansanCard> find(String id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }
}
