package io.github.sansanghlsync.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorServerTest {

    /** A minimal API: key header "X-Key: ok", error bodies that say which hook made them. */
    private static final class TestDialect implements ApiDialect {
        @Override
        public ApiResponse malformedJson(String detail) {
            return ApiResponse.of(400, SandboxJson.object().put("badJson", true));
        }

        @Override
        public ApiResponse notFound(ApiRequest request) {
            return ApiResponse.of(404, SandboxJson.object().put("missing", request.path()));
        }

        @Override
        public ApiResponse failure(int status) {
            return ApiResponse.of(status, SandboxJson.object().put("failure", status));
        }

        @Override
        public Admission admit(ApiRequest request) {
            if (!"ok".equals(request.header("x-key"))) {
                return Admission.reject(ApiResponse.of(401, SandboxJson.object().put("denied", true)));
            }
            return Admission.pass(Map.of("X-Door", "passed"));
        }
    }

    private final AtomicInteger mutations = new AtomicInteger();
    private EmulatorServer server;

    @BeforeEach
    void start() {
        server = new EmulatorServer(new ServerSettings("test-emulator", 0, ServerSettings.DEFAULT_THREADS, 42,
                java.util.regex.Pattern.compile("/v\\d+(\\.\\d+)?(?=/)")), new TestDialect());
        server.api("GET", "/things/{id}", request ->
                ApiResponse.ok(SandboxJson.object().put("id", request.pathVariable("id"))));
        server.api("GET", "/things/special", request -> ApiResponse.ok(SandboxJson.object().put("special", true)));
        server.api("POST", "/things", request -> {
            mutations.incrementAndGet();
            ObjectNode echo = SandboxJson.object();
            echo.set("got", request.json());
            return ApiResponse.of(201, echo);
        });
        server.api("GET", "/crowded", request -> ApiResponse.of(429, SandboxJson.object()));
        server.api("GET", "/whoami", request -> ApiResponse.ok(SandboxJson.object().put("thread", Thread.currentThread().getName())));
        server.api("GET", "/broken", request -> {
            throw new IllegalStateException("a bug in a handler");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void routesByMethodAndTemplateAndCountsPerTemplate() {
        HttpProbe.Reply one = get("/v3.2/things/A1");
        HttpProbe.Reply two = get("/v6.0/things/B2");
        HttpProbe.Reply special = get("/v3.2/things/special");

        assertThat(one.json().path("id").asString()).isEqualTo("A1");
        assertThat(two.json().path("id").asString()).isEqualTo("B2");
        assertThat(one.header("X-Door")).isEqualTo("passed");
        assertThat(special.json().path("special").asBoolean()).isTrue();
        EmulatorStats.Snapshot stats = server.stats().snapshot();
        assertThat(stats.requests("GET /things/{id}")).isEqualTo(2);
        assertThat(stats.requests("GET /things/special")).isEqualTo(1);
        assertThat(stats.totalRequests()).isEqualTo(3);
    }

    @Test
    void unknownPathsAndMissingPrefixAnswerInTheApisOwnShape() {
        assertThat(get("/v3.2/nothing").json().path("missing").asString()).isEqualTo("/nothing");
        assertThat(get("/things/A1").status()).isEqualTo(404);
        assertThat(server.stats().snapshot().requests("GET (unmatched)")).isEqualTo(2);
    }

    @Test
    void aFailingHandlerIsA500InTheApisShape() {
        HttpProbe.Reply reply = get("/v1/broken");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().path("failure").asInt()).isEqualTo(500);
    }

    @Test
    void frontDoorRejectsBeforeTheHandler() {
        HttpProbe.Reply reply = HttpProbe.post(server.baseUrl() + "/v1/things", "{}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("denied").asBoolean()).isTrue();
        assertThat(mutations).hasValue(0);
    }

    @Test
    void malformedJsonIsA400InTheApisShape() {
        HttpProbe.Reply reply = post("{\"a\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("badJson").asBoolean()).isTrue();
    }

    @Test
    void adminEndpointsAreNotCountedNorFaulted() {
        HttpProbe.post(server.baseUrl() + "/_admin/faults", "{\"failFrom\":{\"request\":1,\"status\":500}}");

        HttpProbe.Reply stats = HttpProbe.get(server.baseUrl() + "/_admin/stats");
        HttpProbe.Reply api = get("/v1/things/X");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(api.status()).isEqualTo(500);
        assertThat(api.json().path("failure").asInt()).isEqualTo(500);
        assertThat(api.header("X-Door")).isEqualTo("passed");
        HttpProbe.Reply after = HttpProbe.get(server.baseUrl() + "/_admin/stats");
        assertThat(after.json().path("requests").path("GET /things/{id}").asLong()).isEqualTo(1);
        assertThat(after.json().path("totalRequests").asLong()).isEqualTo(1);
        assertThat(after.json().path("faultsInjected").asLong()).isEqualTo(1);

        HttpProbe.post(server.baseUrl() + "/_admin/faults", "{}");
        assertThat(get("/v1/things/X").status()).isEqualTo(200);
    }

    @Test
    void badAdminFaultBodiesAreRejected() {
        HttpProbe.Reply reply = HttpProbe.post(server.baseUrl() + "/_admin/faults", "{\"http500\":2}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asString()).contains("between 0 and 1");
    }

    // POST, because java.net.http.HttpClient silently retries a GET once when the connection drops
    @Test
    void connectionResetDropsTheConnectionWithoutAResponse() {
        server.faults().failNext("POST /things", 1, Fault.connectionReset());

        assertThatThrownBy(() -> post("{}")).isInstanceOf(UncheckedIOException.class);
        assertThat(mutations).hasValue(0);
        assertThat(post("{}").status()).isEqualTo(201);
        assertThat(server.stats().snapshot().faultsInjected()).isEqualTo(1);
    }

    @Test
    void timeoutHoldsTheRequestThenDropsIt() {
        HttpProbe.post(server.baseUrl() + "/_admin/faults", "{\"timeoutMs\":300,\"failNext\":{\"fault\":\"timeout\"}}");
        long start = System.nanoTime();

        assertThatThrownBy(() -> post("{}")).isInstanceOf(UncheckedIOException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(mutations).hasValue(0);
    }

    @Test
    void applyThenFailRunsTheMutationAndAnswers500() {
        server.faults().failNext(null, 1, Fault.applyThenFail());

        HttpProbe.Reply reply = post("{\"n\":1}");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(mutations).hasValue(1);
    }

    @Test
    void latencyDelaysApiAnswers() {
        HttpProbe.post(server.baseUrl() + "/_admin/latency", "{\"minMs\":200,\"maxMs\":200}");
        long start = System.nanoTime();

        get("/v1/things/X");

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        assertThat(server.latency().range()).isEqualTo(new Latency.Range(200, 200));
    }

    @Test
    void latencyWithALongTailIsSetOverHttpAndABadOneRefused() {
        HttpProbe.Reply set = HttpProbe.post(server.baseUrl() + "/_admin/latency", "{\"minMs\":150,\"maxMs\":400,\"p99Ms\":2000}");
        HttpProbe.Reply refused = HttpProbe.post(server.baseUrl() + "/_admin/latency", "{\"minMs\":150,\"maxMs\":400,\"p99Ms\":100}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(server.latency().range()).isEqualTo(new Latency.Range(150, 400, 2_000));
    }

    @Test
    void serves64ConcurrentRequestsAndRecordsThePeak() {
        server.latency().set(1_500, 1_500);
        List<CompletableFuture<HttpProbe.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            replies.add(HttpProbe.sendAsync("GET", server.baseUrl() + "/v1/things/" + i, null, "X-Key", "ok"));
        }

        replies.forEach(reply -> assertThat(reply.join().status()).isEqualTo(200));

        EmulatorStats.Snapshot stats = server.stats().snapshot();
        assertThat(stats.peakConcurrent()).isEqualTo(64);
        assertThat(stats.currentConcurrent()).isZero();
    }

    @Test
    void requestsOneAtATimeReuseTheIdleHandlerThread() {
        java.util.Set<String> threads = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            threads.add(get("/v1/whoami").json().path("thread").asString());
        }

        // a fixed pool made a thread for each of the first requests (30 here); a thread that goes idle is reused,
        // and a new one is made only when the next request comes before the last thread is back waiting
        assertThat(threads).hasSizeLessThanOrEqualTo(10).allMatch(name -> name.startsWith("test-emulator-"));
    }

    @Test
    void keepsTheConnectionAliveBetweenRequests() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String id : List.of("first", "second")) {
                out.write(("GET /v1/things/" + id + " HTTP/1.1\r\nHost: localhost\r\nX-Key: ok\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                int length = 0;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(body, read, length - read);
                }
                assertThat(new String(body)).contains(id);
            }
        }
    }

    @Test
    void countsTooManyRequestsAndResets() {
        get("/v1/crowded");
        assertThat(server.stats().snapshot().tooManyRequests()).isEqualTo(1);

        HttpProbe.post(server.baseUrl() + "/_admin/stats/reset", null);

        EmulatorStats.Snapshot stats = server.stats().snapshot();
        assertThat(stats.tooManyRequests()).isZero();
        assertThat(stats.requests()).isEmpty();
    }

    private HttpProbe.Reply post(String json) {
        return HttpProbe.post(server.baseUrl() + "/v1/things", json, "X-Key", "ok");
    }

    private HttpProbe.Reply get(String path) {
        return HttpProbe.get(server.baseUrl() + path, "X-Key", "ok");
    }
}
