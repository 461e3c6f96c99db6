package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The Sansan Open API endpoints the program uses, plus the card admin endpoints. */
final class SansanEndpoints {

    private final CardStore store;
    private final SansanSeed seed;
    private final Malformations malformations;
    private final Supplier<OffsetDateTime> now;

    SansanEndpoints(CardStore store, SansanSeed seed, Malformations malformations, Supplier<OffsetDateTime> now) {
        this.store = store;
        this.seed = seed;
        this.malformations = malformations;
        this.now = now;
    }

    void register(EmulatorServer server) {
        server.api("GET", "/me", request -> item(me()));
        server.api("GET", "/bizCards", this::listCards);
        server.api("GET", "/bizCards/{id}", this::oneCard);
        server.api("GET", "/persons/{personId}", this::person);
        server.api("GET", "/tags", this::tags);
        server.admin("GET", "/_admin/cards", request -> {
            ObjectNode body = SandboxJson.object();
            ArrayNode data = body.putArray("data");
            store.snapshot().cards().forEach(card -> data.add(SansanCardJson.write(card, true)));
            return ApiResponse.ok(body);
        });
        server.admin("POST", "/_admin/cards", request -> {
            SansanCard posted = SansanCardJson.read(request.json());
            // without an updatedTime the card is changed "now", as an edit in Sansan would stamp it
            SansanCard card = posted.updatedTime() == null ? posted.withUpdatedTime(now.get()) : posted;
            store.put(card);
            return ApiResponse.ok(SandboxJson.object().set("item", SansanCardJson.write(card, true)));
        });
        server.admin("DELETE", "/_admin/cards/{id}", request -> store.remove(request.pathVariable("id"))
                ? ApiResponse.of(204, null) : SansanErrors.notFound());
    }

    private ApiResponse listCards(ApiRequest request) {
        BizCardQuery query = BizCardQuery.parse(request);
        String fingerprint = query.fingerprint();
        int offset = 0;
        String token = request.query("nextPageToken");
        JsonNode broken = malformations.takeBrokenPage();
        if (broken != null) {
            return ApiResponse.ok(broken);
        }
        if (token != null && malformations.takeExpiredToken()) {
            return SansanErrors.badRequest(List.of(new SansanErrors.Problem("invalid_page_token", "nextPageToken has expired")));
        }
        if (token != null) {
            PageToken decoded = PageToken.decode(token)
                    .filter(t -> t.fingerprint().equals(fingerprint))
                    .orElseThrow(() -> SansanErrors.rejectBadRequest(List.of(new SansanErrors.Problem(
                            "invalid_page_token", "nextPageToken is invalid or belongs to a query with other parameters"))));
            offset = decoded.offset();
        }
        BizCardFeed.Page page = BizCardFeed.page(store.snapshot(), query, seed.apiUser().id(), offset);
        ObjectNode body = SandboxJson.object();
        ArrayNode data = body.putArray("data");
        page.cards().forEach(card -> data.add(malformations.render(card.id(), SansanCardJson.write(card, query.includeTags()))));
        body.put("hasMore", page.hasMore());
        body.put("nextPageToken", page.hasMore() ? new PageToken(fingerprint, page.nextOffset()).encode() : null);
        return ApiResponse.ok(body);
    }

    private ApiResponse oneCard(ApiRequest request) {
        boolean tags = includeTags(request);
        return store.find(request.pathVariable("id"))
                .map(card -> item(malformations.render(card.id(), SansanCardJson.write(card, tags))))
                .orElseGet(SansanErrors::notFound);
    }

    private ApiResponse person(ApiRequest request) {
        boolean tags = includeTags(request);
        SansanCard head = store.snapshot().headByPerson().get(request.pathVariable("personId"));
        if (head == null) {
            return SansanErrors.notFound();
        }
        ObjectNode person = SandboxJson.object();
        person.put("id", head.personId());
        person.set("headBizCard", SansanCardJson.write(head, tags));
        return item(person);
    }

    private ApiResponse tags(ApiRequest request) {
        List<SansanErrors.Problem> problems = new ArrayList<>();
        SansanParams.choice(request, "range", Set.of("me", "all"), "me", problems);
        if (!problems.isEmpty()) {
            return SansanErrors.badRequest(problems);
        }
        ObjectNode body = SandboxJson.object();
        ArrayNode data = body.putArray("data");
        seed.tags().forEach(tag -> data.add(SansanCardJson.tag(tag)));
        body.put("hasMore", false);
        body.putNull("nextPageToken");
        return ApiResponse.ok(body);
    }

    private ObjectNode me() {
        ObjectNode me = SandboxJson.object();
        me.put("id", seed.apiUser().id());
        me.put("name", seed.apiUser().name());
        me.put("email", seed.apiUser().email());
        return me;
    }

    private static boolean includeTags(ApiRequest request) {
        List<SansanErrors.Problem> problems = new ArrayList<>();
        boolean tags = SansanParams.bool(request, "includeTags", false, problems);
        if (!problems.isEmpty()) {
            throw SansanErrors.rejectBadRequest(problems);
        }
        return tags;
    }

    private static ApiResponse item(JsonNode item) {
        ObjectNode body = SandboxJson.object();
        body.set("item", item);
        return ApiResponse.ok(body);
    }
}
