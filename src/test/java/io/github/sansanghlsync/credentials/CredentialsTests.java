package io.github.sansanghlsync.credentials;

import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.oauth.GhlOAuthProperties;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encryption at rest, secrets from files, and toStrings that keep secrets out. */
class CredentialsTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dir;

    @Test
    void aesGcmRoundTripsAndBindsTheCiphertextToItsRow() {
        TokenCipher cipher = new TokenCipher(EncryptionKey.parse(KEY, "credentials.key"));

        String sealed = cipher.encrypt("refresh-token-value", "loc1/refresh");

        assertThat(sealed).doesNotContain("refresh-token-value");
        assertThat(cipher.encrypt("refresh-token-value", "loc1/refresh")).as("fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed, "loc1/refresh")).isEqualTo("refresh-token-value");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "loc2/refresh")).hasMessageContaining("wrong key");
        assertThatThrownBy(() -> new TokenCipher(EncryptionKey.parse(OTHER_KEY, "credentials.key")).decrypt(sealed, "loc1/refresh"))
                .hasMessageContaining("wrong key").hasMessageNotContaining(OTHER_KEY);
    }

    @Test
    void aBadKeyIsRefusedByPropertyNameNotByValue() {
        assertThatThrownBy(() -> EncryptionKey.parse("c2hvcnQ=", "credentials.key"))
                .hasMessageContaining("credentials.key").hasMessageContaining("openssl rand -base64 32").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> new CredentialsProperties(null, null, null, null).encryptionKey())
                .hasMessageContaining("CREDENTIALS_KEY");
        assertThat(EncryptionKey.parse(KEY, "k").id()).hasSize(16).isNotEqualTo(EncryptionKey.parse(OTHER_KEY, "k").id());
    }

    @Test
    void secretsComeFromFilesWithoutTheirFinalNewline() throws Exception {
        Files.writeString(dir.resolve("token"), "pit-from-file\n");
        Files.writeString(dir.resolve("key"), "sansan-key-from-file\n");
        Files.writeString(dir.resolve("aes"), KEY + "\n");

        GhlProperties ghl = new GhlProperties(null, "loc", null, null, null, null, null, null, null, null, dir.resolve("token"));
        SansanProperties sansan = new SansanProperties(null, null, null, null, null, null, null, dir.resolve("key"), null);

        assertThat(ghl.token()).isEqualTo("pit-from-file");
        assertThat(sansan.apiKey()).isEqualTo("sansan-key-from-file");
        assertThat(new CredentialsProperties(null, dir.resolve("aes"), null, null).encryptionKey().id())
                .isEqualTo(EncryptionKey.parse(KEY, "k").id());
        assertThatThrownBy(() -> new GhlProperties(null, "loc", null, null, null, null, null, null, null, null, dir.resolve("missing")))
                .hasMessageContaining("ghl.token-file").hasMessageContaining("missing");
    }

    @Test
    void toStringsMaskEverySecret() {
        GhlOAuthProperties oauth = new GhlOAuthProperties("client-id", "client-secret-value", null, null, null, null, null, null);
        TokenGrant grant = new TokenGrant("loc", "access-token-value", "refresh-token-value", Instant.EPOCH, List.of("contacts.write"));
        CredentialsProperties credentials = new CredentialsProperties(KEY, null, OTHER_KEY, null);
        GhlProperties ghl = new GhlProperties(null, "loc", "pit-value", null, null, null, Duration.ofSeconds(1), null, null, null);
        SansanProperties sansan = new SansanProperties(null, null, "sansan-key-value", null, null, null, null);

        assertThat(oauth.toString()).contains("client-id").doesNotContain("client-secret-value");
        assertThat(grant.toString()).contains("loc").doesNotContain("access-token-value").doesNotContain("refresh-token-value");
        assertThat(credentials.toString()).doesNotContain(KEY).doesNotContain(OTHER_KEY);
        assertThat(credentials.encryptionKey().toString()).doesNotContain(KEY);
        assertThat(ghl.toString()).doesNotContain("pit-value");
        assertThat(sansan.toString()).doesNotContain("sansan-key-value");
    }
}
