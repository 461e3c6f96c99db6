package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reader fetches the next page while the current one is consumed, and still restarts at the page being consumed. */
class BizCardReaderPrefetchTests {

    private SansanEmulator sansan;

    @BeforeEach
    void startEmulator() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withPersons(60).withRequestsPerSecond(1_000));
    }

    @AfterEach
    void stopEmulator() {
        sansan.close();
    }

    private BizCardReader reader() {
        SansanClient client = new SansanClient(WebClient.builder(), JsonMapper.builder().build(),
                new SansanProperties(sansan.baseUrl(), "v3.2", sansan.apiKey(), 10, 1_000.0, Duration.ofSeconds(5), 2));
        return new BizCardReader("reader", client, SansanConfig.DEFAULT_DATA_FROM, SansanConfig.DEFAULT_DATA_TO.plusDays(1),
                Duration.ofDays(3650), List.of("completed", "processing", "unreadable"), 10);
    }

    private long pagesServed() {
        return sansan.stats().snapshot().requests("GET /bizCards");
    }

    @Test
    void fetchesTheNextPageWhileTheCurrentOneIsConsumed() {
        // given
        BizCardReader reader = reader();
        reader.open(new ExecutionContext());

        // when: only the first card of the first page is read
        BizCard first = reader.read();

        // then: the second page was asked for without waiting for the first to be consumed
        assertThat(first).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> pagesServed() == 2);
        reader.close();
    }

    @Test
    void restartsAtThePageBeingConsumedNotThePrefetchedOne() {
        // given: 15 cards read (page 2 being consumed, page 3 prefetched), the restart point saved
        BizCardReader reader = reader();
        reader.open(new ExecutionContext());
        List<String> firstRun = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            firstRun.add(reader.read().id());
        }
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        await().atMost(Duration.ofSeconds(5)).until(() -> pagesServed() == 3);
        List<String> rest = new ArrayList<>();
        for (BizCard card = reader.read(); card != null; card = reader.read()) {
            rest.add(card.id());
        }
        reader.close();

        // when: a new reader opens on the saved point
        BizCardReader restarted = reader();
        restarted.open(saved);
        List<String> afterRestart = new ArrayList<>();
        for (BizCard card = restarted.read(); card != null; card = restarted.read()) {
            afterRestart.add(card.id());
        }
        restarted.close();

        // then: it continues with the 16th card, nothing skipped or repeated
        assertThat(afterRestart).isEqualTo(rest);
        assertThat(firstRun).doesNotContainAnyElementsOf(afterRestart);
        assertThat(firstRun.size() + afterRestart.size()).isEqualTo(sansan.cards().size());
    }
}
