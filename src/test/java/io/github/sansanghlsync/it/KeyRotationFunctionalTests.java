package io.github.sansanghlsync.it;

import io.github.sansanghlsync.ghl.oauth.OAuthTokenStore;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's key rotation: new key plus the old one as previous key, one start, then the old key can go. */
class KeyRotationFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void storedTokensMoveToTheNewKeyAndAWrongKeyIsNamedNotShown() throws Exception {
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 5))) {
            String oldKey = (String) fixture.properties().get("credentials.key");
            TokenGrant authorized = OAuthSetup.authorize(fixture);
            String location = authorized.locationId();

            // a new key alone cannot read what the old one wrote, and says what to do
            String newKey = OAuthSetup.newKey();
            fixture.with("credentials.key", newKey).restartProgram();
            assertThatThrownBy(() -> fixture.program().getBean(OAuthTokenStore.class).load(location))
                    .hasMessageContaining("CREDENTIALS_PREVIOUS_KEY").hasMessageNotContaining(newKey).hasMessageNotContaining(oldKey);

            // with the old key as the previous one, the tokens are re-encrypted on first use
            fixture.with("credentials.previous-key", oldKey).restartProgram();
            assertThat(fixture.program().getBean(OAuthTokenStore.class).load(location).orElseThrow().grant().refreshToken())
                    .isEqualTo(authorized.refreshToken());

            // and then the old key is no longer needed
            fixture.without("credentials.previous-key").restartProgram();
            assertThat(fixture.program().getBean(OAuthTokenStore.class).load(location).orElseThrow().grant().accessToken())
                    .isEqualTo(authorized.accessToken());
        }
    }
}
