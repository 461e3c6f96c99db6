package io.github.sansanghlsync.bench;

import io.github.sansanghlsync.sandbox.Sandbox;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Both emulators in a child JVM, so the benchmark measures only the sync process's heap and CPU. */
final class SandboxProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    final int sansanPort;
    final int ghlPort;

    private SandboxProcess(Process process, int sansanPort, int ghlPort) {
        this.process = process;
        this.sansanPort = sansanPort;
        this.ghlPort = ghlPort;
    }

    /** Starts {@link Sandbox#main} with these {@code sandbox.*} system properties and waits until both answer. */
    static SandboxProcess start(Map<String, Object> settings, Path log) throws Exception {
        int sansanPort = freePort();
        int ghlPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        command.add("-XX:+UseParallelGC");
        // e.g. -Dbench.sandbox-java-opts=-XX:StartFlightRecording=filename=sandbox.jfr to profile the emulators
        for (String option : System.getProperty("bench.sandbox-java-opts", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(Sandbox.class.getName());
        command.add(Integer.toString(sansanPort));
        command.add(Integer.toString(ghlPort));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SandboxProcess sandbox = new SandboxProcess(process, sansanPort, ghlPort);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!sandbox.answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                sandbox.close();
                throw new IllegalStateException("The sandbox did not start; see " + log);
            }
            Thread.sleep(200);
        }
        return sandbox;
    }

    /** The program's properties that point it at this sandbox. */
    Map<String, Object> connection() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sansan.base-url", sansanUrl());
        properties.put("sansan.api-key", SansanConfig.DEFAULT_API_KEY);
        properties.put("ghl.base-url", ghlUrl());
        properties.put("ghl.token", GhlConfig.DEFAULT_TOKEN);
        properties.put("ghl.location-id", GhlConfig.DEFAULT_LOCATION);
        return properties;
    }

    String sansanUrl() {
        return "http://127.0.0.1:" + sansanPort;
    }

    String ghlUrl() {
        return "http://127.0.0.1:" + ghlPort;
    }

    /** {@code GET /_admin/stats} of the GHL emulator. */
    JsonNode ghlStats() throws Exception {
        return get(ghlUrl() + "/_admin/stats");
    }

    void resetGhl() throws Exception {
        send(HttpRequest.newBuilder(URI.create(ghlUrl() + "/_admin/contacts")).DELETE().build());
        send(HttpRequest.newBuilder(URI.create(ghlUrl() + "/_admin/stats/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private boolean answers() {
        try {
            get(sansanUrl() + "/_admin/stats");
            get(ghlUrl() + "/_admin/stats");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonNode get(String url) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET().build()));
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** CPU time the emulators' JVM has used so far (zero where the OS does not tell). */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
