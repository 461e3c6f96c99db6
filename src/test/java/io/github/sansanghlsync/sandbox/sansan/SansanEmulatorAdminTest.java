package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import io.github.sansanghlsync.sandbox.SandboxJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SansanEmulatorAdminTest {

    private SansanEmulator sansan;

    @BeforeEach
    void start() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(30).withRequestsPerSecond(1_000));
    }

    @AfterEach
    void stop() {
        sansan.close();
    }

    @Test
    void putCardReplacesOrAddsAndRemoveCardDeletes() {
        SansanCard card = sansan.cards().get(0);
        OffsetDateTime later = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

        sansan.putCard(card.toBuilder().title("執行役員").updatedTime(later).build());
        sansan.putCard(card.toBuilder().id("ABCDEF0123456789ABCDEF0123456789").build());

        assertThat(getCard(card.id()).json().path("item").path("title").asString()).isEqualTo("執行役員");
        assertThat(getCard(card.id()).json().path("item").path("updatedTime").asString())
                .isEqualTo("2026-11-01T09:00:00+09:00");
        assertThat(sansan.cards()).hasSize(sansan.seed().cards().size() + 1);
        assertThat(sansan.removeCard(card.id())).isTrue();
        assertThat(getCard(card.id()).status()).isEqualTo(404);
    }

    @Test
    void adminHttpEndpointsManageCards() {
        SansanCard card = sansan.cards().get(1);
        ObjectNode json = (ObjectNode) getCard(card.id()).json().path("item");
        json.put("email", "changed@sample-shoji.co.jp");

        HttpProbe.Reply put = HttpProbe.post(sansan.baseUrl() + "/_admin/cards", json.toString());
        HttpProbe.Reply list = HttpProbe.get(sansan.baseUrl() + "/_admin/cards");
        HttpProbe.Reply delete = HttpProbe.send("DELETE", sansan.baseUrl() + "/_admin/cards/" + card.id(), null);

        assertThat(put.status()).isEqualTo(200);
        assertThat(sansan.card(card.id())).isEmpty();
        assertThat(list.json().path("data")).hasSize(sansan.seed().cards().size());
        assertThat(delete.status()).isEqualTo(204);
        assertThat(HttpProbe.post(sansan.baseUrl() + "/_admin/cards", "{\"id\":null}").status()).isEqualTo(400);
        assertThat(SandboxJson.tree(sansan.stats().snapshot()).path("totalRequests").asLong()).isEqualTo(1);
    }

    private HttpProbe.Reply getCard(String id) {
        return HttpProbe.get(sansan.apiBaseUrl() + "/bizCards/" + id, "X-Sansan-Api-Key", sansan.apiKey());
    }
}
