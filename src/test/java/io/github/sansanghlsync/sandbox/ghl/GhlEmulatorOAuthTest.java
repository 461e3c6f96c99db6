package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;
import io.github.sansanghlsync.sandbox.MutableClock;
import io.github.sansanghlsync.sandbox.SandboxJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's OAuth: consent redirect, code exchange, rotation, invalid_grant, expiry of access tokens. */
class GhlEmulatorOAuthTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T00:00:00Z"));
    private GhlEmulator ghl;

    @BeforeEach
    void start() {
        ghl = GhlEmulator.start(GhlConfig.defaults().withClock(clock));
    }

    @AfterEach
    void stop() {
        ghl.close();
    }

    @Test
    void consentRedirectsWithACodeThatBuysOnePairOnce() throws Exception {
        String code = consent("contacts.readonly contacts.write");

        Reply first = token("grant_type=authorization_code&user_type=Location&code=" + code);
        Reply again = token("grant_type=authorization_code&user_type=Location&code=" + code);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(first.json().path("expires_in").asLong()).isEqualTo(86_399);
        assertThat(first.json().path("scope").asString()).isEqualTo("contacts.readonly contacts.write");
        assertThat(first.json().path("locationId").asString()).isEqualTo(GhlConfig.DEFAULT_LOCATION);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aRefreshRotatesThePairAndTheOldRefreshTokenIsDeadForever() throws Exception {
        Reply pair = token("grant_type=authorization_code&user_type=Location&code=" + consent("contacts.write"));
        String refresh = pair.json().path("refresh_token").asString();

        Reply rotated = token("grant_type=refresh_token&user_type=Location&refresh_token=" + refresh);
        Reply reused = token("grant_type=refresh_token&user_type=Location&refresh_token=" + refresh);
        Reply unknown = token("grant_type=refresh_token&user_type=Location&refresh_token=nope");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("refresh_token").asString()).isNotEqualTo(refresh);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().path("error_description").asString()).contains("already been used");
        assertThat(unknown.json().path("error").asString()).isEqualTo("invalid_grant");
        assertThat(ghl.oauth().liveRefreshTokens()).isEqualTo(1);
    }

    @Test
    void accessTokensWorkForTheirLocationUntilTheyExpire() throws Exception {
        Reply pair = token("grant_type=authorization_code&user_type=Location&code=" + consent("contacts.write"));
        String access = pair.json().path("access_token").asString();
        String fields = ghl.baseUrl() + "/locations/" + GhlConfig.DEFAULT_LOCATION + "/customFields";

        assertThat(HttpProbe.get(fields, "Authorization", "Bearer " + access, "Version", "2021-07-28").status()).isEqualTo(200);
        assertThat(HttpProbe.get(ghl.baseUrl() + "/locations/otherLocation/customFields", "Authorization", "Bearer " + access,
                "Version", "2021-07-28").status()).isEqualTo(403);

        clock.advanceMillis(Duration.ofDays(1).toMillis());
        HttpProbe.Reply expired = HttpProbe.get(fields, "Authorization", "Bearer " + access, "Version", "2021-07-28");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("message").asString()).contains("expired");
    }

    @Test
    void wrongClientSecretAndJsonBodiesAreRefused() throws Exception {
        HttpResponse<String> badSecret = HTTP.send(HttpRequest.newBuilder(URI.create(ghl.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + ghl.oauth().clientId()
                        + "&client_secret=wrong&grant_type=refresh_token&refresh_token=x")).build(), HttpResponse.BodyHandlers.ofString());
        HttpProbe.Reply json = HttpProbe.post(ghl.baseUrl() + "/oauth/token", "{\"grant_type\":\"refresh_token\"}");

        assertThat(badSecret.statusCode()).isEqualTo(401);
        assertThat(badSecret.body()).contains("invalid_client");
        assertThat(json.status()).isEqualTo(400);
    }

    private String consent(String scope) {
        HttpProbe.Reply redirect = HttpProbe.get(ghl.baseUrl() + "/v2/oauth/chooselocation?response_type=code&client_id="
                + ghl.oauth().clientId() + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb&state=abc&scope="
                + scope.replace(" ", "%20"));
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).startsWith("http://127.0.0.1:9/cb?code=").endsWith("&state=abc");
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private record Reply(int status, JsonNode json) {
    }

    private Reply token(String form) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(ghl.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + ghl.oauth().clientId() + "&client_secret="
                        + ghl.oauth().clientSecret() + "&" + form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), SandboxJson.parse(response.body()));
    }
}
