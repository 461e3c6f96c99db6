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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

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
    private final BearerTokens tokens;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong dailyRemaining = new AtomicLong(-1);

    /** A client authenticated with the private integration token {@code ghl.token}. */
    public GhlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota) {
        this(builder, json, properties, quota, BearerTokens.privateToken(properties.token()));
    }

    public GhlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota,
                     BearerTokens tokens) {
        this.web = WebClients.create(builder, "ghl", properties.concurrency() * 2, properties.timeout());
        this.json = json;
        this.properties = properties;
        this.quota = quota;
        this.tokens = tokens;
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

    /**
     * {@code POST /contacts/{id}/tags}: adds tags, keeping the contact's others. Emits false when GHL no
     * longer has the contact.
     */
    public Mono<Boolean> addTags(String contactId, List<String> tags) {
        return found(send(HttpMethod.POST, "/contacts/" + contactId + "/tags", new Tags(tags)));
    }

    /** {@code DELETE /contacts/{id}/tags}: removes these tags only. Emits false when GHL no longer has the contact. */
    public Mono<Boolean> removeTags(String contactId, List<String> tags) {
        return found(send(HttpMethod.DELETE, "/contacts/" + contactId + "/tags", new Tags(tags)));
    }

    /** {@code DELETE /contacts/{id}}. Emits false when GHL no longer had the contact. */
    public Mono<Boolean> deleteContact(String contactId) {
        return found(send(HttpMethod.DELETE, "/contacts/" + contactId, null));
    }

    private record Tags(List<String> tags) {
    }

    /** GHL answers a missing contact with 400 "not found" (or 404); for these calls that means "already done". */
    private static Mono<Boolean> found(Mono<JsonNode> call) {
        return call.map(body -> true)
                .onErrorResume(e -> e instanceof GhlApiException api && (api.status() == 404 || api.status() == 400
                        && api.messages().stream().anyMatch(m -> m.contains("not found"))), e -> Mono.just(false));
    }

    /**
     * {@code POST /contacts/{id}/notes}, which GHL does not make idempotent: when the answer is lost (5xx,
     * I/O) the note may exist anyway, so before trying again the contact's notes are listed and a note
     * carrying {@code marker} is taken instead. Gives the note's id.
     */
    public Mono<String> createNote(String contactId, NoteRequest note, String marker) {
        return createOnce("/contacts/" + contactId + "/notes", note, "note", () -> findNote(contactId, marker));
    }

    /** {@code PUT /contacts/{id}/notes/{noteId}}. */
    public Mono<Void> updateNote(String contactId, String noteId, NoteRequest note) {
        return send(HttpMethod.PUT, "/contacts/" + contactId + "/notes/" + noteId, note).then();
    }

    /** The contact's note carrying {@code marker} ({@code GET /contacts/{id}/notes}), or empty. */
    public Mono<GhlActivity> findNote(String contactId, String marker) {
        return list("/contacts/" + contactId + "/notes", "notes").flatMap(items -> Mono.justOrEmpty(
                items.stream().filter(item -> item.carries(marker)).findFirst()));
    }

    /** {@code POST /contacts/{id}/tasks}, with the same lost-answer reconciliation as {@link #createNote}. */
    public Mono<String> createTask(String contactId, TaskRequest task, String marker) {
        return createOnce("/contacts/" + contactId + "/tasks", task, "task", () -> findTask(contactId, marker));
    }

    /** {@code PUT /contacts/{id}/tasks/{taskId}} (never sends {@code completed}). */
    public Mono<Void> updateTask(String contactId, String taskId, TaskRequest task) {
        return send(HttpMethod.PUT, "/contacts/" + contactId + "/tasks/" + taskId, task.forUpdate()).then();
    }

    /** {@code PUT /contacts/{id}/tasks/{taskId}/completed} with {@code completed: true} (idempotent). */
    public Mono<Void> completeTask(String contactId, String taskId) {
        return send(HttpMethod.PUT, "/contacts/" + contactId + "/tasks/" + taskId + "/completed",
                Map.of("completed", true)).then();
    }

    /** The contact's task carrying {@code marker} ({@code GET /contacts/{id}/tasks}), or empty. */
    public Mono<GhlActivity> findTask(String contactId, String marker) {
        return list("/contacts/" + contactId + "/tasks", "tasks").flatMap(items -> Mono.justOrEmpty(
                items.stream().filter(item -> item.carries(marker)).findFirst()));
    }

    /** {@code POST /contacts/bulk/tags/update/add}: the same tags onto many contacts in one request. */
    public Mono<BulkTagResult> bulkAddTags(List<String> contactIds, List<String> tags) {
        return send(HttpMethod.POST, "/contacts/bulk/tags/update/add",
                Map.of("contacts", contactIds, "tags", tags, "locationId", properties.locationId()))
                .map(body -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    for (JsonNode response : body.path("responses")) {
                        if ("error".equals(textOrNull(response, "type"))) {
                            errors.put(textOrNull(response, "contactId"), textOrNull(response, "message"));
                        }
                    }
                    return new BulkTagResult(errors);
                });
    }

    private Mono<List<GhlActivity>> list(String path, String field) {
        return send(HttpMethod.GET, path, null).map(body -> {
            List<GhlActivity> items = new ArrayList<>();
            for (JsonNode item : body.path(field)) {
                items.add(new GhlActivity(textOrNull(item, "id"), textOrNull(item, "body")));
            }
            return items;
        });
    }

    /** A non-idempotent create: after a failure that may hide a success, look for the record before sending again. */
    private Mono<String> createOnce(String path, Object body, String field, Supplier<Mono<GhlActivity>> find) {
        return withToken(token -> {
            AtomicBoolean sent = new AtomicBoolean();
            return Mono.defer(() -> sent.get() ? find.get().map(GhlActivity::id) : Mono.<String>empty())
                    .switchIfEmpty(Mono.defer(() -> {
                        sent.set(true);
                        // a 429 was turned away before anything happened: no need to look before the retry
                        return sendOnce(HttpMethod.POST, path, body, token)
                                .doOnError(e -> sent.set(!(e instanceof GhlApiException api && api.status() == 429)))
                                .map(answer -> answer.path(field).path("id").asString(null));
                    }))
                    .retryWhen(TransientRetry.spec(properties.maxRetries(), Duration.ofMillis(500), Duration.ofSeconds(30),
                            failure -> log.debug("GHL POST {} failed, checking before retrying: {}", path, failure.toString())));
        });
    }

    /**
     * {@code GET /contacts/search/duplicate}: the contact an upsert with this e-mail and phone would match
     * (e-mail first, then phone), or empty. Reads only.
     */
    public Mono<GhlContact> findDuplicate(String email, String phone) {
        StringBuilder path = new StringBuilder("/contacts/search/duplicate?locationId=").append(encode(properties.locationId()));
        if (email != null) {
            path.append("&email=").append(encode(email));
        }
        if (phone != null) {
            path.append("&number=").append(encode(phone));
        }
        return send(HttpMethod.GET, path.toString(), null).flatMap(body -> Mono.justOrEmpty(contactOf(body.path("contact"))));
    }

    /** {@code GET /contacts/{id}}: the contact, or empty when GHL no longer has it. Reads only. */
    public Mono<GhlContact> getContact(String contactId) {
        return send(HttpMethod.GET, "/contacts/" + encode(contactId), null)
                .flatMap(body -> Mono.justOrEmpty(contactOf(body.path("contact"))))
                .onErrorResume(e -> e instanceof GhlApiException api && (api.status() == 404 || api.status() == 400
                        && api.messages().stream().anyMatch(m -> m.contains("not found"))), e -> Mono.empty());
    }

    private static GhlContact contactOf(JsonNode contact) {
        if (!contact.isObject() || textOrNull(contact, "id") == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : UPSERT_FIELDS) {
            String value = textOrNull(contact, name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        for (JsonNode field : contact.path("customFields")) {
            JsonNode value = field.path("value");
            fields.put("customField." + textOrNull(field, "id"), value.isNull() || value.isMissingNode() ? null : value.asString());
        }
        return new GhlContact(textOrNull(contact, "id"), fields);
    }

    /** The standard fields an upsert writes, as GHL names them in requests and answers alike. */
    public static final List<String> UPSERT_FIELDS = List.of("firstName", "lastName", "name", "email", "phone",
            "companyName", "address1", "city", "state", "postalCode", "country", "website", "source");

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
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

    /** {@code X-RateLimit-Daily-Remaining} of the last answer, or -1 before any. */
    public long dailyRemaining() {
        return dailyRemaining.get();
    }

    /** Sends with the current bearer token, retrying transient failures. */
    private Mono<JsonNode> send(HttpMethod method, String path, Object body) {
        String request = method + " " + path;
        return withToken(token -> sendOnce(method, path, body, token)
                .retryWhen(TransientRetry.spec(properties.maxRetries(), Duration.ofMillis(500), Duration.ofSeconds(30),
                        failure -> log.debug("GHL {} failed, retrying: {}", request, failure.toString()))));
    }

    /** Calls with the current bearer token; after a 401 a renewable (OAuth) token is renewed and the call made once more. */
    private <T> Mono<T> withToken(Function<String, Mono<T>> call) {
        return Mono.defer(() -> tokens.current().flatMap(token -> call.apply(token)
                .onErrorResume(e -> tokens.renewable() && isRenewable(e), e -> {
                    log.debug("GHL answered 401 ({}); renewing the access token", ((GhlApiException) e).messages());
                    return tokens.renewAfterRejection(token).flatMap(call);
                })));
    }

    /** A 401 other than a bad Version header: an expired (or revoked) access token. */
    private static boolean isRenewable(Throwable e) {
        return e instanceof GhlApiException api && api.status() == 401
                && api.messages().stream().noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("version header"));
    }

    /** One attempt (paced by the quota scheduler), no retry. */
    private Mono<JsonNode> sendOnce(HttpMethod method, String path, Object body, String token) {
        String request = method + " " + path;
        return Mono.defer(() -> Mono.delay(quota.reserve()).then(Mono.defer(() -> {
                    requests.incrementAndGet();
                    WebClient.RequestBodySpec spec = web.method(method).uri(java.net.URI.create(properties.baseUrl() + path))
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
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
                })));
    }

    private void observeQuota(HttpHeaders headers) {
        Long daily = longHeader(headers, "X-RateLimit-Daily-Remaining");
        if (daily != null) {
            dailyRemaining.set(daily);
        }
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
        // renewable tokens are OAuth's: the 401 hint then points to 'auth ghl' instead of GHL_TOKEN
        return new GhlApiException(status, messages, traceId, request, retryAfter, tokens.renewable());
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
