package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.sansan.BizCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardRankTests {

    @Test
    void newestExchangeDateWinsThenRegistrationThenId() {
        BizCard old = card("A", "2023-04-01", "2023-04-02T10:00:00+09:00");
        BizCard newer = card("B", "2024-04-01", "2023-01-01T10:00:00+09:00");
        BizCard sameDayLaterRegistered = card("C", "2024-04-01", "2024-04-03T10:00:00+09:00");
        BizCard noDate = card("D", null, "2026-01-01T10:00:00+09:00");

        List<String> ranks = List.of(CardRank.of(noDate), CardRank.of(old), CardRank.of(newer), CardRank.of(sameDayLaterRegistered));

        assertThat(ranks).isSorted();
        assertThat(ranks).doesNotHaveDuplicates();
    }

    @Test
    void registrationTimesInOtherOffsetsCompareAsInstants() {
        BizCard tokyo = card("A", "2024-04-01", "2024-04-01T09:00:00+09:00");
        BizCard utcLater = card("B", "2024-04-01", "2024-04-01T00:30:00Z");

        assertThat(CardRank.of(tokyo)).isLessThan(CardRank.of(utcLater));
    }

    static BizCard card(String id, String exchangeDate, String registered) {
        return new BizCard(id, "P", null, exchangeDate, registered, registered, null, "佐藤", "花子", null, null, null,
                null, null, "a@example.co.jp", null, null, null, null, null, null, null, null, null, null, null, null,
                "completed", List.of(), null);
    }
}
