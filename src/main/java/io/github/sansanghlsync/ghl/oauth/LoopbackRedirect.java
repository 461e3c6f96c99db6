package io.github.sansanghlsync.ghl.oauth;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Catches the OAuth redirect on a loopback port ({@code http://127.0.0.1:<port>/<path>?code=...&state=...}):
 * bound to 127.0.0.1 only, one request, checks the {@code state} against CSRF.
 */
public final class LoopbackRedirect implements AutoCloseable {

    private final HttpServer server;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server) {
        this.server = server;
    }

    /** Whether {@code redirectUri} points at this machine's loopback, where this class can catch it. */
    public static boolean isLoopback(String redirectUri) {
        URI uri = URI.create(redirectUri);
        return "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
    }

    /** Starts listening for the redirect to {@code redirectUri} carrying {@code state}. */
    public static LoopbackRedirect listen(String redirectUri, String state) {
        URI uri = URI.create(redirectUri);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    uri.getPort() < 0 ? 80 : uri.getPort()), 4);
            LoopbackRedirect redirect = new LoopbackRedirect(server);
            server.createContext(uri.getPath().isEmpty() ? "/" : uri.getPath(), exchange -> {
                Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
                String reply;
                if (query.containsKey("error")) {
                    redirect.code.completeExceptionally(new IllegalStateException("GHL refused the authorization: "
                            + query.get("error")));
                    reply = "Authorization refused. You can close this window.";
                } else if (!state.equals(query.get("state")) || query.get("code") == null) {
                    reply = "This is not the redirect sansan-ghl-sync waits for.";
                } else {
                    redirect.code.complete(query.get("code"));
                    reply = "sansan-ghl-sync is connected to GHL. You can close this window.";
                }
                byte[] body = reply.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return redirect;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the OAuth redirect on " + redirectUri
                    + " (is the port in use? change ghl.oauth.redirect-uri, also in the app's settings)", e);
        }
    }

    /** The code of the redirect, waiting up to {@code timeout}. */
    public String await(Duration timeout) throws InterruptedException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            throw new IllegalStateException("No redirect from GHL within " + timeout + "; run 'auth ghl --paste' to "
                    + "paste the code (or the whole redirected address) instead");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
