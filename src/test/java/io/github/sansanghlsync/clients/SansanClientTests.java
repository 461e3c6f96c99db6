package io.github.sansanghlsync.clients;

import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.BizCardPage;
import io.github.sansanghlsync.sansan.BizCardQuery;
import io.github.sansanghlsync.sansan.SansanApiException;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Sansan client against the Sansan emulator over HTTP: paging, errors, retries. */
class SansanClientTests {

    private SansanEmulator sansan;

    @BeforeEach
    void startEmulator() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(60).withRequestsPerSecond(1_000));
    }

    @AfterEach
    void stopEmulator() {
        sansan.close();
    }

    private SansanClient client(String key, int maxRetries) {
        return new SansanClient(WebClient.builder(), JsonMapper.builder().build(),
                new SansanProperties(sansan.baseUrl(), "v3.2", key, 10, 1_000.0, Duration.ofSeconds(5), maxRetries, null, null));
    }

    private static BizCardQuery everything(int limit) {
        return new BizCardQuery(SansanConfig.DEFAULT_DATA_FROM, SansanConfig.DEFAULT_DATA_TO.plusDays(1),
                List.of("completed", "processing", "unreadable"), limit);
    }

    @Test
    void followsNextPageTokenUntilTheLastPage() {
        SansanClient client = client(sansan.apiKey(), 0);
        List<BizCard> cards = new ArrayList<>();
        BizCardPage page = client.bizCards(everything(25), null);
        cards.addAll(page.cards());
        while (page.hasMore()) {
            page = client.bizCards(everything(25), page.nextPageToken());
            cards.addAll(page.cards());
        }

        assertThat(cards).extracting(BizCard::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sansan.cards().stream().map(c -> c.id()).toList());
        assertThat(cards).extracting(BizCard::updatedTime).isSortedAccordingTo(
                (a, b) -> java.time.OffsetDateTime.parse(a).compareTo(java.time.OffsetDateTime.parse(b)));
        assertThat(cards).allMatch(card -> card.malformed() == null && card.tags() != null);
    }

    @Test
    void theOffsetPlusIsEncodedSoTheWindowIsUnderstood() {
        // a window of one day in +09:00 holds exactly the cards updated in it
        var from = SansanConfig.DEFAULT_DATA_FROM.plusDays(100);
        var to = from.plusDays(30);
        BizCardPage page = client(sansan.apiKey(), 0).bizCards(new BizCardQuery(from, to,
                List.of("completed", "processing", "unreadable"), 300), null);

        long expected = sansan.cards().stream()
                .filter(c -> !c.updatedTime().isBefore(from) && c.updatedTime().isBefore(to)).count();
        assertThat(page.cards()).hasSize((int) expected);
    }

    @Test
    void aWrongKeyIsA401WithSansansCodeAndNoKeyInTheMessage() {
        SansanClient client = client("wrongKeyS3cr3t000000000000000000", 3);

        SansanApiException error = catchThrowableOfType(SansanApiException.class, client::me);

        assertThat(error.status()).isEqualTo(401);
        assertThat(error.codes()).containsExactly("invalid_api_key");
        assertThat(error.isTransient()).isFalse();
        assertThat(error.getMessage()).contains("sansan.api-key").doesNotContain("S3cr3t");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void aGarbledPageTokenIsA400() {
        SansanApiException error = catchThrowableOfType(SansanApiException.class,
                () -> client(sansan.apiKey(), 3).bizCards(everything(10), "garbled"));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.codes()).isNotEmpty();
    }

    @Test
    void transientErrorsAreRetried() {
        SansanClient client = client(sansan.apiKey(), 4);
        sansan.faults().failNext("GET /bizCards", 1, Fault.status(500));
        sansan.faults().failNext("GET /bizCards", 1, Fault.status(429));
        sansan.faults().failNext("GET /bizCards", 1, Fault.connectionReset());

        BizCardPage page = client.bizCards(everything(10), null);

        assertThat(page.cards()).hasSize(10);
        assertThat(client.requestCount()).isEqualTo(4);
    }

    @Test
    void meReturnsTheKeysUser() {
        assertThat(client(sansan.apiKey(), 0).me().name()).isEqualTo(sansan.me().name());
    }
}
