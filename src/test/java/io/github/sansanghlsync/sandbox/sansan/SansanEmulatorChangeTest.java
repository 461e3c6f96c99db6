package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import io.github.sansanghlsync.sandbox.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing a card "now" stamps it with the emulator's clock, so it lands in the next sync window. */
class SansanEmulatorChangeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:02:03.456Z"));
    private SansanEmulator sansan;

    @BeforeEach
    void start() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(20).withRequestsPerSecond(1_000).withClock(clock));
    }

    @AfterEach
    void stop() {
        sansan.close();
    }

    @Test
    void changeCardStampsUpdatedTimeWithTheEmulatorsClockInWholeSecondsOfJst() {
        SansanCard card = sansan.cards().get(0);

        SansanCard changed = sansan.changeCard(card.toBuilder().title("取締役").build());

        assertThat(changed.updatedTime()).isEqualTo(OffsetDateTime.parse("2026-12-03T10:02:03+09:00"));
        assertThat(sansan.card(card.id()).orElseThrow().updatedTime()).isEqualTo(changed.updatedTime());
        assertThat(sansan.card(card.id()).orElseThrow().title()).isEqualTo("取締役");
    }

    @Test
    void aCardPostedWithoutUpdatedTimeIsChangedNowAndOneWithItKeepsIt() {
        SansanCard first = sansan.cards().get(0);
        SansanCard second = sansan.cards().get(1);
        clock.advanceMillis(60_000);
        ObjectNode withoutTime = (ObjectNode) cardJson(first.id());
        withoutTime.remove("updatedTime");
        withoutTime.put("title", "部長");

        HttpProbe.Reply posted = HttpProbe.post(sansan.baseUrl() + "/_admin/cards", withoutTime.toString());
        HttpProbe.Reply kept = HttpProbe.post(sansan.baseUrl() + "/_admin/cards", cardJson(second.id()).toString());

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("item").path("updatedTime").asString()).isEqualTo("2026-12-03T10:03:03+09:00");
        assertThat(sansan.card(first.id()).orElseThrow().title()).isEqualTo("部長");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(sansan.card(second.id()).orElseThrow().updatedTime()).isEqualTo(second.updatedTime());
    }

    private tools.jackson.databind.JsonNode cardJson(String id) {
        return HttpProbe.get(sansan.apiBaseUrl() + "/bizCards/" + id, "X-Sansan-Api-Key", sansan.apiKey()).json().path("item");
    }
}
