package io.github.sansanghlsync.ghl;

import io.github.sansanghlsync.http.TransientRetry;
import io.github.sansanghlsync.http.WebClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client of the GHL contacts endpoints this program writes to, paced by a {@link QuotaScheduler} and
 * retrying transient failures. Knows nothing of Sansan or Spring Batch.
 */
public class GhlClient {

    private static final Logger log = LoggerFactory.getLogger(GhlClient.class);

    private final WebClient web;
    private final JsonMapper json;
    private final GhlProperties properties;
    private final QuotaScheduler quota;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();

    public GhlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota) {
        this.web = WebClients.create(builder, "ghl", properties.concurrency() * 2, properties.timeout());
        this.json = json;
        this.properties = properties;
        this.quota = quota;
    }

    /** {@code POST /contacts/upsert}: creates or updates the contact GHL matches by e-mail, then phone. */
    public Mono<UpsertResult> upsertContact(UpsertContactRequest contact) {
        return send(HttpMethod.POST, "/contacts/upsert", contact).map(body -> new UpsertResult(
                body.path("new").asBoolean(false),
                body.path("contact").path("id").asString(null),
                textOrNull(body, "traceId")));
    }

    /**
     * {@code PUT /contacts/{id}} with a new e-mail and phone: moves a known contact to the identity the
     * next upsert will match on. Completes empty when GHL no longer has the contact.
     */
    public Mono<Void> moveIdentity(String contactId, String email, String phone) {
        return send(HttpMethod.PUT, "/contacts/" + contactId, new IdentityUpdate(email, phone))
                .onErrorResume(e -> e instanceof GhlApiException api && api.status() == 400
                        && api.messages().stream().anyMatch(m -> m.contains("not found")), e -> Mono.empty())
                .then();
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private record IdentityUpdate(String email, String phone) {
    }

    /** The location's custom fields, to resolve the keys the mapping uses into ids. */
    public List<GhlCustomField> customFields() {
        JsonNode body = send(HttpMethod.GET, "/locations/" + properties.locationId() + "/customFields", null).block();
        List<GhlCustomField> fields = new ArrayList<>();
        for (JsonNode field : body.path("customFields")) {
            fields.add(new GhlCustomField(textOrNull(field, "id"), textOrNull(field, "name"),
                    textOrNull(field, "fieldKey"), textOrNull(field, "dataType")));
        }
        return fields;
    }

    /** Requests sent by this client, retries included. */
    public long requestCount() {
        return requests.get();
    }

    /** 429 answers received. */
    public long throttledCount() {
        return throttled.get();
    }

    public String locationId() {
        return properties.locationId();
    }

    private Mono<JsonNode> send(HttpMethod method, String path, Object body) {
        String request = method + " " + path;
        return Mono.defer(() -> Mono.delay(quota.reserve()).then(Mono.defer(() -> {
                    requests.incrementAndGet();
                    WebClient.RequestBodySpec spec = web.method(method).uri(properties.baseUrl() + path)
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + (properties.token() == null ? "" : properties.token()))
                            .header("Version", properties.apiVersion())
                            .accept(MediaType.APPLICATION_JSON);
                    WebClient.RequestHeadersSpec<?> ready = body == null ? spec
                            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsString(body));
                    return ready.exchangeToMono(response -> {
                        observeQuota(response.headers().asHttpHeaders());
                        return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(text -> {
                            int status = response.statusCode().value();
                            if (response.statusCode().is2xxSuccessful()) {
                                return Mono.just(parse(text));
                            }
                            HttpHeaders headers = response.headers().asHttpHeaders();
                            if (status == 429 && Long.valueOf(0).equals(longHeader(headers, "X-RateLimit-Daily-Remaining"))) {
                                throttled.incrementAndGet();
                                // waiting for tomorrow is not a retry: fail now, and a re-run resumes
                                return Mono.error(new GhlDailyLimitException(request));
                            }
                            return Mono.error(error(status, text, request, headers.getFirst("Retry-After")));
                        });
                    });
                })))
                .retryWhen(TransientRetry.spec(properties.maxRetries(), Duration.ofMillis(500), Duration.ofSeconds(30),
                        failure -> log.debug("GHL {} failed, retrying: {}", request, failure.toString())));
    }

    private void observeQuota(HttpHeaders headers) {
        quota.observe(intHeader(headers, "X-RateLimit-Max"), longHeader(headers, "X-RateLimit-Interval-Milliseconds"),
                intHeader(headers, "X-RateLimit-Remaining"), longHeader(headers, "X-RateLimit-Daily-Remaining"));
    }

    private GhlApiException error(int status, String text, String request, String retryAfterHeader) {
        Duration retryAfter = TransientRetry.parseRetryAfter(retryAfterHeader);
        if (status == 429) {
            throttled.incrementAndGet();
            quota.pauseFor(retryAfter != null ? retryAfter : Duration.ofSeconds(2));
        }
        List<String> messages = new ArrayList<>();
        String traceId = null;
        JsonNode root = parseQuietly(text);
        if (root != null) {
            JsonNode message = root.path("message");
            if (message.isArray()) {
                message.forEach(m -> messages.add(m.asString()));
            } else if (message.isValueNode()) {
                messages.add(message.asString());
            }
            traceId = textOrNull(root, "traceId");
        }
        if (messages.isEmpty()) {
            messages.add(text.length() > 200 ? text.substring(0, 200) : text);
        }
        return new GhlApiException(status, messages, traceId, request, retryAfter);
    }

    private JsonNode parse(String text) {
        JsonNode root = parseQuietly(text);
        if (root == null) {
            throw new GhlApiException(502, List.of("response is not JSON"), null, "parse", null);
        }
        return root;
    }

    private JsonNode parseQuietly(String text) {
        try {
            return text.isBlank() ? null : json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer intHeader(HttpHeaders headers, String name) {
        Long value = longHeader(headers, name);
        return value == null ? null : value.intValue();
    }

    private static Long longHeader(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        try {
            return value == null ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
