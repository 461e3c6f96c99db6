package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.sansan.BizCard;

import java.time.OffsetDateTime;

/**
 * Orders a person's cards: the newest by {@code exchangeDate}, then {@code registeredTime}, then card
 * id, supplies the person's fields. The rank is a string that sorts in that order, so the link table
 * and the ledger can compare ranks in SQL.
 */
public final class CardRank {

    private CardRank() {
    }

    public static String of(BizCard card) {
        String exchanged = card.exchangeDateValue() == null ? "0000-00-00" : card.exchangeDateValue().toString();
        OffsetDateTime registered = card.registeredTimeValue();
        long millis = registered == null ? 0 : registered.toInstant().toEpochMilli();
        return exchanged + "|" + String.format("%016d", Math.max(0, millis)) + "|" + (card.id() == null ? "" : card.id());
    }
}
