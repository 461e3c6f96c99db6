package io.github.sansanghlsync.credentials;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The AES key that encrypts stored credentials, given by the user as 32 random bytes in Base64
 * ({@code openssl rand -base64 32}). Its {@link #id()} is a short fingerprint stored next to each
 * ciphertext so that a key rotation knows which key a row needs; the key itself is never stored or logged.
 */
public final class EncryptionKey {

    private final SecretKey key;
    private final String id;

    private EncryptionKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = fingerprint(bytes);
    }

    /** Parses a Base64 key of 16, 24 or 32 bytes; the message names {@code property}, never the value. */
    public static EncryptionKey parse(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not Base64; create a key with: openssl rand -base64 32");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException(property + " must be 16, 24 or 32 bytes (Base64 of "
                    + bytes.length + " bytes given); create a key with: openssl rand -base64 32");
        }
        return new EncryptionKey(bytes);
    }

    SecretKey secretKey() {
        return key;
    }

    /** First 8 bytes of SHA-256("sansan-ghl-sync key id" + key), hex: tells keys apart, reveals nothing of them. */
    public String id() {
        return id;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("sansan-ghl-sync key id".getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "EncryptionKey[id=" + id + "]";
    }
}
