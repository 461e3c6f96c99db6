package io.github.sansanghlsync.it;

import io.github.sansanghlsync.ghl.oauth.OAuthBearerTokens;
import io.github.sansanghlsync.ghl.oauth.OAuthTokenStore;
import io.github.sansanghlsync.ghl.oauth.ReauthorizationRequiredException;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.ghl.GhlOAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code auth ghl} against the emulator, then runs on OAuth tokens that expire and rotate under the writers' feet. */
class OAuthFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void aMigrationOutlivesTwoAccessTokensWithoutAFailedRequestAndKeepsTheLatestRefreshToken() throws Exception {
        // given: access tokens that expire after 150 API requests; 300 persons need far more than 300 requests
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 300))) {
            GhlOAuth oauth = fixture.sandbox.ghl().oauth().accessTokenMaxUses(150);
            TokenGrant authorized = OAuthSetup.authorize(fixture);
            assertThat(authorized.locationId()).isEqualTo(fixture.sandbox.ghl().locationId());
            assertThat(authorized.scopes()).containsExactly("contacts.readonly", "contacts.write", "locations/customFields.readonly");

            // when
            RunSummary summary = fixture.migrate();

            // then: every contact arrived, none was refused for auth, and the tokens rotated at least twice
            assertThat(summary.status()).isEqualTo("COMPLETED");
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            assertThat(GhlState.contactsByPerson(fixture.sandbox.ghl()).keySet()
                    .containsAll(expected.contactCardByPerson().keySet())).as("every valid person reached GHL").isTrue();
            assertThat(summary.linkedPersons()).isEqualTo(fixture.ghlContacts().size());
            assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_FAILURE WHERE HTTP_STATUS IN (401, 403)",
                    Integer.class)).isZero();
            assertThat(oauth.refreshCount()).isGreaterThanOrEqualTo(2);
            TokenGrant stored = fixture.program().getBean(OAuthTokenStore.class).load(authorized.locationId()).orElseThrow().grant();
            assertThat(oauth.isLive(stored.refreshToken())).as("the stored refresh token is the one GHL will accept").isTrue();
            assertThat(oauth.liveRefreshTokens()).as("no rotated pair was lost along the way").isEqualTo(1);
        }
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeItIsSent() throws Exception {
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 5))) {
            // given: tokens live 5 minutes, the program refreshes 10 minutes ahead
            GhlOAuth oauth = fixture.sandbox.ghl().oauth().accessTokenLifetime(Duration.ofMinutes(5));
            TokenGrant authorized = OAuthSetup.authorize(fixture);

            // when
            String sent = fixture.program().getBean(OAuthBearerTokens.class).current().block();

            // then
            assertThat(sent).isNotEqualTo(authorized.accessToken());
            assertThat(oauth.refreshCount()).isEqualTo(1);
            assertThat(fixture.sandbox.ghl().stats().snapshot().requests("POST /oauth/token")).isEqualTo(2);
        }
    }

    @Test
    void aRefreshTokenSpentElsewhereStopsTheRunAndAsksForAuthGhlAgain() throws Exception {
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 40))) {
            // given: authorized, then the refresh token is used by someone else (a copy of the database, a revocation)
            GhlOAuth oauth = fixture.sandbox.ghl().oauth().accessTokenMaxUses(5);
            TokenGrant authorized = OAuthSetup.authorize(fixture);
            HttpResponse<String> stolen = OAuthSetup.BROWSER.send(HttpRequest.newBuilder(
                            URI.create(fixture.sandbox.ghl().baseUrl() + "/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=" + oauth.clientId() + "&client_secret="
                            + oauth.clientSecret() + "&grant_type=refresh_token&user_type=Location&refresh_token="
                            + authorized.refreshToken())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stolen.statusCode()).isEqualTo(200);

            // when
            RunSummary summary = fixture.migrate();

            // then
            assertThat(summary.status()).isEqualTo("FAILED");
            assertThat(summary.render()).contains("invalid_grant").contains("Run 'sansan-ghl-sync auth ghl' again");
            OAuthBearerTokens tokens = fixture.program().getBean(OAuthBearerTokens.class);
            assertThatThrownBy(() -> tokens.renewAfterRejection(authorized.accessToken()).block())
                    .isInstanceOf(ReauthorizationRequiredException.class).hasMessageContaining("auth ghl");
        }
    }
}
