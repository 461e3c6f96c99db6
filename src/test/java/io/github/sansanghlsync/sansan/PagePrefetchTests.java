package io.github.sansanghlsync.sansan;

import io.github.sansanghlsync.activity.ActivityReportReader;
import io.github.sansanghlsync.contact.BizCardReader;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The card and report readers fetch the next page while the current one is consumed, and still restart at the
 * page being consumed.
 */
class PagePrefetchTests {

    private static final Duration ONE_WINDOW = Duration.ofDays(3650);

    private SansanEmulator sansan;

    /** A paged reader of the emulator's data, pages of 10. */
    enum Reader {
        CARDS("GET /bizCards") {
            ItemStreamReader<?> create(SansanClient client) {
                return new BizCardReader("cards", client, SansanConfig.DEFAULT_DATA_FROM,
                        SansanConfig.DEFAULT_DATA_TO.plusDays(1), ONE_WINDOW, List.of("completed", "processing", "unreadable"), 10);
            }

            int total(SansanEmulator sansan) {
                return sansan.cards().size();
            }
        },
        REPORTS("GET /reports") {
            ItemStreamReader<?> create(SansanClient client) {
                return new ActivityReportReader("reports", client, SansanConfig.DEFAULT_DATA_FROM,
                        SansanConfig.DEFAULT_DATA_TO.plusDays(1), ONE_WINDOW, 10);
            }

            int total(SansanEmulator sansan) {
                return sansan.reports().size();
            }
        };

        final String endpoint;

        Reader(String endpoint) {
            this.endpoint = endpoint;
        }

        abstract ItemStreamReader<?> create(SansanClient client);

        abstract int total(SansanEmulator sansan);
    }

    @BeforeEach
    void startEmulator() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(60).withRequestsPerSecond(1_000));
    }

    @AfterEach
    void stopEmulator() {
        sansan.close();
    }

    private ItemStreamReader<?> reader(Reader kind) {
        SansanClient client = new SansanClient(WebClient.builder(), JsonMapper.builder().build(),
                new SansanProperties(sansan.baseUrl(), "v3.2", sansan.apiKey(), 10, 1_000.0, Duration.ofSeconds(5), 2));
        assertThat(kind.total(sansan)).as("the seed gives at least three pages").isGreaterThan(20);
        return kind.create(client);
    }

    private long pagesServed(Reader kind) {
        return sansan.stats().snapshot().requests(kind.endpoint);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void fetchesTheNextPageWhileTheCurrentOneIsConsumed(Reader kind) throws Exception {
        // given
        ItemStreamReader<?> reader = reader(kind);
        reader.open(new ExecutionContext());

        // when: only the first item of the first page is read
        Object first = reader.read();

        // then: the second page was asked for without waiting for the first to be consumed
        assertThat(first).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> pagesServed(kind) == 2);
        reader.close();
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void restartsAtThePageBeingConsumedNotThePrefetchedOne(Reader kind) throws Exception {
        // given: 15 items read (page 2 being consumed, page 3 prefetched), the restart point saved
        ItemStreamReader<?> reader = reader(kind);
        reader.open(new ExecutionContext());
        List<String> firstRun = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            firstRun.add(id(reader.read()));
        }
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        await().atMost(Duration.ofSeconds(5)).until(() -> pagesServed(kind) == 3);
        List<String> rest = readAll(reader);
        reader.close();

        // when: a new reader opens on the saved point
        ItemStreamReader<?> restarted = reader(kind);
        restarted.open(saved);
        List<String> afterRestart = readAll(restarted);
        restarted.close();

        // then: it continues with the 16th item, nothing skipped or repeated
        assertThat(afterRestart).isEqualTo(rest);
        assertThat(firstRun).doesNotContainAnyElementsOf(afterRestart);
        assertThat(firstRun.size() + afterRestart.size()).isEqualTo(kind.total(sansan));
    }

    private static List<String> readAll(ItemStreamReader<?> reader) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Object item = reader.read(); item != null; item = reader.read()) {
            ids.add(id(item));
        }
        return ids;
    }

    private static String id(Object item) {
        return item instanceof BizCard card ? card.id() : ((ActivityReport) item).id();
    }
}
