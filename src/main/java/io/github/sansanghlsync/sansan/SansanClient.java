package io.github.sansanghlsync.sansan;

import io.github.sansanghlsync.http.RequestPacer;
import io.github.sansanghlsync.http.TransientRetry;
import io.github.sansanghlsync.http.WebClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A blocking client of the Sansan Open API endpoints this program reads, paced to a fixed rate and
 * retrying transient failures. Knows nothing of GHL or Spring Batch.
 */
public class SansanClient {

    private static final Logger log = LoggerFactory.getLogger(SansanClient.class);

    private final WebClient web;
    private final JsonMapper json;
    private final SansanProperties properties;
    private final RequestPacer pacer;
    private final AtomicLong requests = new AtomicLong();

    public SansanClient(WebClient.Builder builder, JsonMapper json, SansanProperties properties) {
        this.web = WebClients.create(builder, "sansan", 8, properties.timeout());
        this.json = json;
        this.properties = properties;
        this.pacer = new RequestPacer(properties.requestsPerSecond());
    }

    /** The key's own user: the cheapest proof that the key works. */
    public SansanUser me() {
        JsonNode item = json.readTree(get("/me", null)).path("item");
        return new SansanUser(text(item, "id"), text(item, "name"), text(item, "email"));
    }

    /** One page of cards; a card whose JSON does not fit comes back {@link BizCard#malformed} instead of failing the page. */
    public BizCardPage bizCards(BizCardQuery query, String pageToken) {
        String body = get("/bizCards", query.queryString(pageToken));
        JsonNode root = readPage(body);
        List<BizCard> cards = new ArrayList<>();
        for (JsonNode element : root.path("data")) {
            cards.add(toCard(element));
        }
        String next = text(root, "nextPageToken");
        return new BizCardPage(cards, root.path("hasMore").asBoolean(false) && next != null, next);
    }

    /** One page of activity reports ({@code GET /reports}, on {@code sansan.reports-api-version}). */
    public ActivityReportPage reports(ActivityReportQuery query, String pageToken) {
        JsonNode root = readPage(get(properties.reportsApiVersion(), "/reports", query.queryString(pageToken)));
        List<ActivityReport> reports = new ArrayList<>();
        int unreadable = 0;
        for (JsonNode element : root.path("data")) {
            try {
                reports.add(json.treeToValue(element, ActivityReport.class));
            } catch (JacksonException e) {
                unreadable++;
                log.warn("Sansan report {} could not be read: {}", text(element, "id"), e.getOriginalMessage());
            }
        }
        String next = text(root, "nextPageToken");
        return new ActivityReportPage(reports, root.path("hasMore").asBoolean(false) && next != null, next, unreadable);
    }

    /** The current version of one card, or null when Sansan no longer has it. */
    public BizCard bizCard(String id) {
        try {
            return toCard(json.readTree(get("/bizCards/" + id, null)).path("item"));
        } catch (SansanApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Whether Sansan still has this person ({@code GET /persons/{id}}): false on 404. */
    public boolean personExists(String personId) {
        try {
            get("/persons/" + personId, null);
            return true;
        } catch (SansanApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Requests sent by this client, retries included. */
    public long requestCount() {
        return requests.get();
    }

    private JsonNode readPage(String body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.path("data").isArray()) {
                throw new SansanPageUnreadableException("the page has no 'data' array");
            }
            return root;
        } catch (JacksonException e) {
            throw new SansanPageUnreadableException("the page is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private BizCard toCard(JsonNode element) {
        if (!element.isObject()) {
            return BizCard.malformed(null, null, "the card is not a JSON object but " + element.getNodeType());
        }
        try {
            return json.treeToValue(element, BizCard.class);
        } catch (JacksonException e) {
            return BizCard.malformed(text(element, "id"), text(element, "personId"), e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private String get(String path, String query) {
        return get(properties.apiVersion(), path, query);
    }

    private String get(String version, String path, String query) {
        URI uri = URI.create(properties.baseUrl() + "/" + version + path + (query == null ? "" : "?" + query));
        String request = "GET " + path;
        return Mono.defer(() -> Mono.delay(pacer.reserve()).then(Mono.defer(() -> {
                    requests.incrementAndGet();
                    return web.get().uri(uri)
                            .header("X-Sansan-Api-Key", properties.apiKey() == null ? "" : properties.apiKey())
                            .header("Accept", "application/json")
                            .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                                    .flatMap(body -> response.statusCode().is2xxSuccessful()
                                            ? Mono.just(body)
                                            : Mono.error(error(response.statusCode().value(), body, request,
                                            response.headers().asHttpHeaders().getFirst("Retry-After")))));
                })))
                .retryWhen(TransientRetry.spec(properties.maxRetries(), Duration.ofSeconds(1), Duration.ofSeconds(60),
                        failure -> log.warn("Sansan {} failed, retrying: {}", request, failure.toString())))
                .block();
    }

    private SansanApiException error(int status, String body, String request, String retryAfterHeader) {
        List<String> codes = new ArrayList<>();
        String message = null;
        Duration retryAfter = TransientRetry.parseRetryAfter(retryAfterHeader);
        try {
            JsonNode root = json.readTree(body);
            if (root != null) {
                root.path("error").forEach(e -> {
                    if (e.hasNonNull("code")) {
                        codes.add(e.get("code").asString());
                    }
                });
                message = text(root, "message");
                if (retryAfter == null && root.hasNonNull("retry_after")) {
                    retryAfter = Duration.ofSeconds(root.get("retry_after").asLong());
                }
            }
        } catch (JacksonException notJson) {
            message = body.length() > 200 ? body.substring(0, 200) : body;
        }
        return new SansanApiException(status, codes, message, request, retryAfter);
    }
}
