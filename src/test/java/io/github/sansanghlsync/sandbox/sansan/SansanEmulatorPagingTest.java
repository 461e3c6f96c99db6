package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SansanEmulatorPagingTest {

    private static final OffsetDateTime FROM = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final OffsetDateTime TO = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final String ALL = "&range=all&includePastBizCards=true"
            + "&entryStatus=completed&entryStatus=processing&entryStatus=unreadable";

    private static SansanEmulator sansan;

    @BeforeAll
    static void start() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withRequestsPerSecond(10_000));
    }

    @AfterAll
    static void stop() {
        sansan.close();
    }

    @Test
    void pagesThroughEveryCardOnceInUpdatedOrder() {
        List<String> expected = sansan.seed().cards().stream()
                .sorted(Comparator.comparing((SansanCard c) -> c.updatedTime().toInstant()).thenComparing(SansanCard::id))
                .map(SansanCard::id).toList();

        List<String> ids = pageAll(window(FROM, TO) + ALL + "&limit=37");

        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void defaultsAreMyNewestCompletedCardPerPerson() {
        Map<String, SansanCard> heads = sansan.seed().cards().stream().collect(Collectors.toMap(SansanCard::personId,
                c -> c, (a, b) -> newest(a, b)));
        List<String> expected = heads.values().stream()
                .filter(c -> c.owner().id().equals(sansan.me().id()) && c.entryStatus().equals("completed"))
                .sorted(Comparator.comparing((SansanCard c) -> c.updatedTime().toInstant()).thenComparing(SansanCard::id))
                .map(SansanCard::id).toList();

        List<String> ids = pageAll(window(FROM, TO) + "&limit=7");

        assertThat(expected).isNotEmpty();
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void windowIncludesItsStartAndExcludesItsEnd() {
        SansanCard card = sansan.seed().cards().get(100);
        OffsetDateTime at = card.updatedTime();

        assertThat(pageAll(window(at, at.plusSeconds(1)) + ALL)).contains(card.id());
        assertThat(pageAll(window(at.minusSeconds(1), at) + ALL)).doesNotContain(card.id());
    }

    @Test
    void ordersByRegistrationDescendingWhenAsked() {
        List<String> expected = sansan.seed().cards().stream()
                .sorted(Comparator.comparing((SansanCard c) -> c.registeredTime().toInstant()).reversed()
                        .thenComparing(SansanCard::id))
                .map(SansanCard::id).toList();

        assertThat(pageAll(window(FROM, TO) + ALL + "&orderBy=registeredAt&orderDirection=desc&limit=300"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void includesTagsOnlyWhenAsked() {
        JsonNode plain = list(window(FROM, TO) + ALL + "&limit=1").json().path("data").get(0);
        JsonNode tagged = list(window(FROM, TO) + ALL + "&limit=1&includeTags=true").json().path("data").get(0);

        assertThat(plain.has("tags")).isFalse();
        assertThat(tagged.path("tags").isArray()).isTrue();
    }

    @Test
    void aTokenOnlyWorksWithTheQueryThatMadeIt() {
        String token = list(window(FROM, TO) + ALL + "&limit=10").json().path("nextPageToken").asString();

        HttpProbe.Reply sameQuery = list(window(FROM, TO) + ALL + "&limit=10&nextPageToken=" + token);
        HttpProbe.Reply otherLimit = list(window(FROM, TO) + ALL + "&limit=20&nextPageToken=" + token);
        HttpProbe.Reply otherRange = list(window(FROM, TO) + "&limit=10&nextPageToken=" + token);
        HttpProbe.Reply garbled = list(window(FROM, TO) + ALL + "&limit=10&nextPageToken=x" + token.substring(3));

        assertThat(sameQuery.status()).isEqualTo(200);
        for (HttpProbe.Reply bad : List.of(otherLimit, otherRange, garbled)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(codes(bad)).containsExactly("invalid_page_token");
        }
    }

    @Test
    void missingWindowParametersAreReportedOneByOne() {
        HttpProbe.Reply none = list("");
        HttpProbe.Reply onlyFrom = list("updatedFrom=" + encode(FROM));

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("statusCode").asInt()).isEqualTo(400);
        assertThat(codes(none)).containsExactly("required", "required");
        assertThat(codes(onlyFrom)).containsExactly("required");
    }

    @Test
    void badParametersAre400InvalidParameter() {
        for (String bad : List.of("&limit=0", "&limit=301", "&limit=ten", "&range=mine", "&orderBy=name",
                "&orderDirection=up", "&entryStatus=done", "&includeTags=yes")) {
            HttpProbe.Reply reply = list(window(FROM, TO) + bad);

            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(codes(reply)).as(bad).containsExactly("invalid_parameter");
        }
        assertThat(list(window(FROM, TO) + "&limit=300").status()).isEqualTo(200);
    }

    @Test
    void anUnencodedPlusInTheOffsetIsRejectedWithAHint() {
        HttpProbe.Reply reply = list("updatedFrom=2024-01-01T00:00:00+09:00&updatedTo=" + encode(TO));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(codes(reply)).containsExactly("invalid_parameter");
        assertThat(reply.json().path("message").asString()).contains("updatedFrom").contains("%2B");
    }

    private static SansanCard newest(SansanCard a, SansanCard b) {
        Comparator<SansanCard> order = Comparator.comparing(SansanCard::exchangeDate,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SansanCard::registeredTime).thenComparing(SansanCard::id);
        return order.compare(a, b) >= 0 ? a : b;
    }

    private static List<String> pageAll(String query) {
        List<String> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            HttpProbe.Reply reply = list(query + (token == null ? "" : "&nextPageToken=" + token));
            assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
            reply.json().path("data").forEach(card -> ids.add(card.path("id").asString()));
            boolean hasMore = reply.json().path("hasMore").asBoolean();
            token = hasMore ? reply.json().path("nextPageToken").asString() : null;
            assertThat(hasMore || reply.json().get("nextPageToken").isNull()).isTrue();
            assertThat(++pages).isLessThan(1_000);
        } while (token != null);
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private static List<String> codes(HttpProbe.Reply reply) {
        List<String> codes = new ArrayList<>();
        reply.json().path("error").forEach(error -> codes.add(error.path("code").asString()));
        return codes;
    }

    private static String window(OffsetDateTime from, OffsetDateTime to) {
        return "updatedFrom=" + encode(from) + "&updatedTo=" + encode(to);
    }

    private static String encode(OffsetDateTime time) {
        return Objects.requireNonNull(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)).replace("+", "%2B");
    }

    private static HttpProbe.Reply list(String query) {
        return HttpProbe.get(sansan.apiBaseUrl() + "/bizCards?" + query, "X-Sansan-Api-Key", sansan.apiKey());
    }
}
