package io.github.sansanghlsync.sandbox;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A plain {@link HttpClient} for tests against a started emulator; replies come back parsed. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A reply: status, headers and the body as JSON (null when empty). */
    public record Reply(int status, java.net.http.HttpHeaders headers, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private HttpProbe() {
    }

    public static Reply get(String url, String... headers) {
        return send("GET", url, null, headers);
    }

    public static Reply post(String url, String json, String... headers) {
        return send("POST", url, json, headers);
    }

    /** Sends and waits; {@code headers} are name/value pairs. Connection failures surface as IOException. */
    public static Reply send(String method, String url, String json, String... headers) {
        try {
            return parse(CLIENT.send(request(method, url, json, headers), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting, for concurrency tests. */
    public static CompletableFuture<Reply> sendAsync(String method, String url, String json, String... headers) {
        return CLIENT.sendAsync(request(method, url, json, headers), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(HttpProbe::parse);
    }

    private static HttpRequest request(String method, String url, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private static Reply parse(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        return new Reply(response.statusCode(), response.headers(), body.length == 0 ? null : SandboxJson.parse(body));
    }
}
