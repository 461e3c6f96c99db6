package io.github.sansanghlsync.bench;

import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The baseline: what a simple script does. Reads the cards page by page, then for each card, one request
 * at a time, asks GHL whether the contact exists ({@code GET /contacts/search/duplicate}) and creates it
 * ({@code POST /contacts/}) or updates it ({@code PUT /contacts/{id}}). Waits a second and tries again on 429.
 */
final class NaiveClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SandboxProcess sandbox;
    long requests;

    NaiveClient(SandboxProcess sandbox) {
        this.sandbox = sandbox;
    }

    /** Writes the first {@code limit} cards; returns how many it wrote. */
    int run(int limit) throws Exception {
        int done = 0;
        String token = null;
        do {
            String url = sandbox.sansanUrl() + "/v3.2/bizCards?updatedFrom=" + encode(SansanConfig.DEFAULT_DATA_FROM.toString())
                    + "&updatedTo=" + encode(SansanConfig.DEFAULT_DATA_TO.plusDays(1).toString())
                    + "&range=all&includePastBizCards=true&limit=300" + (token == null ? "" : "&nextPageToken=" + encode(token));
            JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url))
                    .header("X-Sansan-Api-Key", SansanConfig.DEFAULT_API_KEY).GET().build(), false));
            for (JsonNode card : page.path("data")) {
                if (done == limit) {
                    return done;
                }
                write(card);
                done++;
            }
            token = page.path("hasMore").asBoolean(false) ? page.path("nextPageToken").asString(null) : null;
        } while (token != null);
        return done;
    }

    private void write(JsonNode card) throws Exception {
        String email = card.path("email").asString(null);
        ObjectNode contact = JSON.createObjectNode();
        contact.put("firstName", card.path("firstName").asString(null));
        contact.put("lastName", card.path("lastName").asString(null));
        contact.put("companyName", card.path("companyName").asString(null));
        contact.put("source", "Sansan");
        if (email != null && !email.isBlank()) {
            contact.put("email", email.strip());
        }
        String search = sandbox.ghlUrl() + "/contacts/search/duplicate?locationId=" + GhlConfig.DEFAULT_LOCATION
                + (email == null ? "" : "&email=" + encode(email.strip()));
        JsonNode found = JSON.readTree(send(ghl(search).GET().build(), true)).path("contact");
        if (found.isObject()) {
            send(ghl(sandbox.ghlUrl() + "/contacts/" + found.path("id").asString())
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(contact))).build(), true);
        } else {
            contact.put("locationId", GhlConfig.DEFAULT_LOCATION);
            send(ghl(sandbox.ghlUrl() + "/contacts/")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(contact))).build(), true);
        }
    }

    private HttpRequest.Builder ghl(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + GhlConfig.DEFAULT_TOKEN)
                .header("Version", "2021-07-28").header("Content-Type", "application/json");
    }

    private String send(HttpRequest request, boolean ghl) throws Exception {
        while (true) {
            if (ghl) {
                requests++;
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429) {
                // a simple client logs 4xx and goes on
                return response.statusCode() / 100 == 2 ? response.body() : "{}";
            }
            Thread.sleep(1_000);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
