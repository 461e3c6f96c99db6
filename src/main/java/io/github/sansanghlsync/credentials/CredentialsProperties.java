package io.github.sansanghlsync.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The key that encrypts the stored GHL OAuth tokens ({@code credentials.*}, or {@code CREDENTIALS_*} in the
 * environment). Give either the key or a file holding it, never on the command line.
 *
 * @param key             Base64 of 32 random bytes ({@code openssl rand -base64 32}); never logged
 * @param keyFile         a file holding the key instead
 * @param previousKey     during a key rotation: the old key, so stored tokens are re-encrypted with the new one
 * @param previousKeyFile a file holding the old key instead
 */
@ConfigurationProperties("credentials")
public record CredentialsProperties(String key, Path keyFile, String previousKey, Path previousKeyFile) {

    /** The current key; fails with a message naming the properties when neither is set. */
    public EncryptionKey encryptionKey() {
        String value = SecretFile.valueOrFile(key, keyFile, "credentials.key-file");
        if (value == null) {
            throw new IllegalStateException("No key to encrypt the stored GHL tokens: set CREDENTIALS_KEY or "
                    + "credentials.key-file (create a key with: openssl rand -base64 32)");
        }
        return EncryptionKey.parse(value, keyFile != null && key == null ? "credentials.key-file" : "credentials.key");
    }

    /** The old key during a rotation, or null. */
    public EncryptionKey previousEncryptionKey() {
        String value = SecretFile.valueOrFile(previousKey, previousKeyFile, "credentials.previous-key-file");
        return value == null ? null : EncryptionKey.parse(value, "credentials.previous-key");
    }

    /** Keeps the keys out of logs. */
    @Override
    public String toString() {
        return "CredentialsProperties[key=" + (key == null ? "unset" : "***") + ", keyFile=" + keyFile
                + ", previousKey=" + (previousKey == null ? "unset" : "***") + ", previousKeyFile=" + previousKeyFile + "]";
    }
}
