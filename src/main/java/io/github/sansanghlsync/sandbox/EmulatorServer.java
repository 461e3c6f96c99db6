package io.github.sansanghlsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

/**
 * The HTTP server under one emulator: JDK {@link HttpServer} on 127.0.0.1, routing by method and path
 * template, the common {@code /_admin} endpoints, and per API request: stats, latency, front door
 * (auth, rate limit), faults, handler. Keep-alive comes from the JDK server.
 */
public final class EmulatorServer implements AutoCloseable {

    static final String ADMIN_PREFIX = "/_admin";

    static {
        // The JDK server leaves Nagle's algorithm on: a response written as headers then body waits for the
        // client's delayed ACK (40 ms on Linux) before its last bytes go out. Real APIs answer without that
        // stall (the no-latency benchmark's wait per chunk of 100 upserts: 47 ms with it, 15 ms without).
        // The JDK reads the property once, when the JVM's first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final System.Logger LOG = System.getLogger(EmulatorServer.class.getName());

    private final ServerSettings settings;
    private final ApiDialect dialect;
    private final RouteTable apiRoutes = new RouteTable();
    private final RouteTable adminRoutes = new RouteTable();
    private final EmulatorStats stats = new EmulatorStats();
    private final FaultPlan faults;
    private final Latency latency;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    public EmulatorServer(ServerSettings settings, ApiDialect dialect) {
        this.settings = settings;
        this.dialect = dialect;
        // distinct streams so that switching latency on does not change which requests fail
        this.faults = new FaultPlan(settings.seed() * 31 + 1);
        this.latency = new Latency(settings.seed() * 31 + 2);
        AdminEndpoints.register(this);
    }

    /** Registers an API endpoint; {@code template} is the path after the prefix, e.g. {@code /contacts/{id}}. */
    public void api(String method, String template, ApiHandler handler) {
        apiRoutes.add(method, template, handler);
    }

    /** Registers an admin endpoint (no auth, no faults, not counted); {@code template} starts with {@code /_admin}. */
    public void admin(String method, String template, ApiHandler handler) {
        if (!template.startsWith(ADMIN_PREFIX + "/")) {
            throw new IllegalArgumentException("admin paths start with " + ADMIN_PREFIX + ": " + template);
        }
        adminRoutes.add(method, template, handler);
    }

    /** Binds the port and starts serving. */
    public synchronized EmulatorServer start() {
        if (server != null) {
            return this;
        }
        try {
            HttpServer http = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 512);
            // A handler thread is made only when no idle one is waiting, and the one that went idle last takes the
            // next request (a SynchronousQueue): without latency a few warm threads serve everything, with latency
            // as many as the requests held. A fixed pool behind a queue woke its threads in turn, all of them.
            executor = new ThreadPoolExecutor(0, settings.threads(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    daemonThreads(settings.name()), new ThreadPoolExecutor.CallerRunsPolicy());
            http.setExecutor(executor);
            http.createContext("/", this::serve);
            http.start();
            server = http;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + settings.name() + " on port " + settings.port(), e);
        }
    }

    /** The bound port (the real one when configured as 0). */
    public int port() {
        if (server == null) {
            throw new IllegalStateException(settings.name() + " is not started");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public EmulatorStats stats() {
        return stats;
    }

    public FaultPlan faults() {
        return faults;
    }

    public Latency latency() {
        return latency;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            // interrupts handlers held by latency or a timeout fault
            executor.shutdownNow();
            server = null;
        }
    }

    private void serve(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
                serveAdmin(exchange, path);
            } else {
                serveApi(exchange, path);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a bug in an emulator must show up as a 500 in the API's shape, not as a dropped connection
            LOG.log(System.Logger.Level.ERROR, settings.name() + " failed on " + exchange.getRequestURI(), e);
            tryToSend(exchange, dialect.failure(500));
        } finally {
            // without a response sent, closing drops the connection: that is how resets and timeouts end
            exchange.close();
        }
    }

    private void serveApi(HttpExchange exchange, String rawPath) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        String path = stripPrefix(rawPath);
        Optional<RouteTable.Match> match = path == null ? Optional.empty() : apiRoutes.find(method, path);
        String endpoint = match.map(m -> m.route().endpoint()).orElse(method + " (unmatched)");
        stats.requestStarted(endpoint);
        try {
            ApiRequest request = request(exchange, path == null ? rawPath : path, endpoint,
                    match.map(RouteTable.Match::variables).orElse(Map.of()));
            latency.pause();
            if (match.isEmpty()) {
                sendApi(exchange, request, dialect.notFound(request));
                return;
            }
            Admission admission = dialect.admit(request);
            if (!admission.passed()) {
                sendApi(exchange, request, admission.rejection().withDefaultHeaders(admission.headers()));
                return;
            }
            Fault fault = faults.decide(endpoint, !method.equals("GET") && !method.equals("HEAD"));
            switch (fault.kind()) {
                case CONNECTION_RESET -> {
                    stats.faultInjected();
                    return;
                }
                case TIMEOUT -> {
                    stats.faultInjected();
                    Thread.sleep(faults.rates().timeoutMs());
                    return;
                }
                case STATUS -> {
                    stats.faultInjected();
                    sendApi(exchange, request, dialect.failure(fault.status()).withDefaultHeaders(admission.headers()));
                    return;
                }
                default -> {
                    // NONE and APPLY_THEN_FAIL run the handler
                }
            }
            ApiResponse response = invoke(match.get().route().handler(), request);
            if (fault.kind() == Fault.Kind.APPLY_THEN_FAIL) {
                stats.faultInjected();
                response = dialect.failure(500);
            }
            sendApi(exchange, request, response.withDefaultHeaders(admission.headers()));
        } finally {
            stats.requestFinished();
        }
    }

    private void serveAdmin(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        Optional<RouteTable.Match> match = adminRoutes.find(method, path);
        if (match.isEmpty()) {
            write(exchange, AdminEndpoints.error(404, "no admin endpoint " + method + " " + path));
            return;
        }
        ApiRequest request = request(exchange, path, method + " " + match.get().route().template().template(),
                match.get().variables());
        ApiResponse response;
        try {
            response = match.get().route().handler().handle(request);
        } catch (RequestRejected e) {
            response = e.response();
        } catch (MalformedJsonException | IllegalArgumentException e) {
            response = AdminEndpoints.error(400, e.getMessage());
        }
        write(exchange, response);
    }

    private static void tryToSend(HttpExchange exchange, ApiResponse response) {
        try {
            write(exchange, response);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send the 500 either", e);
        }
    }

    private ApiResponse invoke(ApiHandler handler, ApiRequest request) {
        try {
            return handler.handle(request);
        } catch (RequestRejected e) {
            return e.response();
        } catch (MalformedJsonException e) {
            return dialect.malformedJson(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, settings.name() + " handler failed on " + request.endpoint(), e);
            return dialect.failure(500);
        }
    }

    private void sendApi(HttpExchange exchange, ApiRequest request, ApiResponse response) throws IOException {
        ApiResponse finished = dialect.finish(request, response);
        if (finished.status() == 429) {
            stats.tooManyRequestsSent();
        }
        write(exchange, finished);
    }

    private String stripPrefix(String path) {
        if (settings.apiPrefix() == null) {
            return path;
        }
        Matcher prefix = settings.apiPrefix().matcher(path);
        return prefix.lookingAt() ? path.substring(prefix.end()) : null;
    }

    private static ApiRequest request(HttpExchange exchange, String path, String endpoint,
                                      Map<String, String> variables) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new ApiRequest(exchange.getRequestMethod(), path, endpoint, variables,
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] bytes = response.body() == null ? new byte[0] : SandboxJson.bytes(response.body());
        if (response.body() != null) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
