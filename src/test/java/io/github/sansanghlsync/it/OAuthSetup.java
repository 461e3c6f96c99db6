package io.github.sansanghlsync.it;

import io.github.sansanghlsync.ghl.oauth.GhlAuthorization;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.sandbox.ghl.GhlOAuth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Points a {@link SyncFixture} at the GHL emulator's OAuth app instead of its private token, and plays the user's browser. */
final class OAuthSetup {

    static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private OAuthSetup() {
    }

    /** A fresh Base64 AES-256 key, as {@code openssl rand -base64 32} makes. */
    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** OAuth instead of the private token: the emulator's app, a free loopback redirect port, a new encryption key. */
    static SyncFixture useOAuth(SyncFixture fixture) {
        GhlOAuth oauth = fixture.sandbox.ghl().oauth();
        return fixture.without("ghl.token")
                .with("ghl.oauth.client-id", oauth.clientId())
                .with("ghl.oauth.client-secret", oauth.clientSecret())
                .with("ghl.oauth.authorize-url", fixture.sandbox.ghl().baseUrl() + "/v2/oauth/chooselocation")
                .with("ghl.oauth.redirect-uri", "http://127.0.0.1:" + freePort() + "/oauth/callback")
                .with("credentials.key", newKey());
    }

    /** {@code auth ghl} as a user does it: open the consent page, let it redirect to the loopback catcher. */
    static TokenGrant authorize(SyncFixture fixture) throws InterruptedException {
        return fixture.program().getBean(GhlAuthorization.class).authorize(OAuthSetup::followInBrowser);
    }

    /** GET the consent page, then GET where its 302 points (the program's loopback redirect catcher). */
    static void followInBrowser(String authorizeUrl) {
        try {
            HttpResponse<String> consent = BROWSER.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(consent.statusCode()).as("consent page answer").isEqualTo(302);
            String location = consent.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> landing = BROWSER.send(HttpRequest.newBuilder(URI.create(location)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(landing.body()).contains("connected to GHL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
