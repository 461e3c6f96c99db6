package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SansanEmulatorTest {

    private static final List<String> CARD_FIELDS = List.of("id", "personId", "companyId", "exchangeDate",
            "registeredTime", "updatedTime", "owner", "lastName", "firstName", "lastNameReading", "firstNameReading",
            "companyName", "departmentName", "title", "email", "tel", "secondTel", "mobile", "fax", "url",
            "postalCode", "prefecture", "city", "street", "building", "countryCode", "memo", "entryStatus");

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
    void missingOrWrongApiKeyIs401() {
        HttpProbe.Reply missing = HttpProbe.get(sansan.apiBaseUrl() + "/me");
        HttpProbe.Reply wrong = HttpProbe.get(sansan.apiBaseUrl() + "/me", "X-Sansan-Api-Key", "x".repeat(32));

        for (HttpProbe.Reply reply : List.of(missing, wrong)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().toString())
                    .isEqualTo("{\"statusCode\":401,\"message\":\"Unauthorized\",\"error\":[{\"code\":\"invalid_api_key\"}]}");
        }
    }

    @Test
    void meIsTheKeysUserUnderAnyVersionPrefix() {
        for (String version : List.of("v3.2", "v6.0", "v2")) {
            JsonNode item = get("/" + version + "/me").json().path("item");

            assertThat(item.path("id").asString()).isEqualTo(sansan.me().id());
            assertThat(item.path("name").asString()).isEqualTo("連携 ユーザー");
            assertThat(item.path("email").asString()).isEqualTo("api@sandbox.example");
        }
        assertThat(get("/me").status()).isEqualTo(404);
    }

    @Test
    void oneCardHasEveryFieldInOrderWithNullsAndTagsOnlyOnRequest() {
        SansanCard card = sansan.cards().stream().filter(c -> c.fax() == null && !c.tags().isEmpty())
                .findFirst().orElseThrow();

        JsonNode plain = get("/v3.2/bizCards/" + card.id()).json().path("item");
        JsonNode tagged = get("/v3.2/bizCards/" + card.id() + "?includeTags=true").json().path("item");

        assertThat(names(plain)).containsExactlyElementsOf(CARD_FIELDS);
        assertThat(plain.get("fax").isNull()).isTrue();
        assertThat(plain.path("updatedTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");
        assertThat(plain.path("owner").path("name").asString()).isEqualTo(card.owner().name());
        assertThat(plain.path("lastNameReading").asString()).isEqualTo(card.lastNameReading());
        assertThat(tagged.path("tags")).hasSize(card.tags().size());
        assertThat(names(tagged.path("tags").get(0))).containsExactly("id", "name", "type");
    }

    @Test
    void unknownCardIs404NotFound() {
        HttpProbe.Reply reply = get("/v3.2/bizCards/" + "0".repeat(32));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").get(0).path("code").asString()).isEqualTo("not_found");
    }

    @Test
    void personShowsItsNewestCardByExchangeDate() {
        List<SansanCard> cardsOfPerson = sansan.cards().stream()
                .collect(java.util.stream.Collectors.groupingBy(SansanCard::personId)).values().stream()
                .filter(cards -> cards.size() == 3 && cards.stream().allMatch(c -> c.exchangeDate() != null))
                .findFirst().orElseThrow();
        SansanCard newest = cardsOfPerson.stream().max(Comparator.comparing(SansanCard::exchangeDate)).orElseThrow();

        JsonNode item = get("/v3.2/persons/" + newest.personId()).json().path("item");

        assertThat(item.path("id").asString()).isEqualTo(newest.personId());
        assertThat(item.path("headBizCard").path("id").asString()).isEqualTo(newest.id());
        assertThat(get("/v3.2/persons/" + "F".repeat(32)).status()).isEqualTo(404);
    }

    @Test
    void tagsListsThePool() {
        JsonNode body = get("/v3.2/tags?range=all").json();

        assertThat(body.path("data")).hasSize(sansan.seed().tags().size());
        assertThat(body.path("hasMore").asBoolean()).isFalse();
        assertThat(body.get("nextPageToken").isNull()).isTrue();
        assertThat(body.path("data").get(0).path("name").asString()).isEqualTo("展示会2024");
        assertThat(get("/v3.2/tags?range=everyone").status()).isEqualTo(400);
    }

    static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static HttpProbe.Reply get(String path) {
        return HttpProbe.get(sansan.baseUrl() + path, "X-Sansan-Api-Key", sansan.apiKey());
    }
}
