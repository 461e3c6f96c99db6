package io.github.sansanghlsync.sandbox.sansan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The opaque {@code nextPageToken}: the query's fingerprint and the offset of the next page, base64url-encoded. */
record PageToken(String fingerprint, int offset) {

    private static final String VERSION = "sbx1";

    String encode() {
        String plain = VERSION + ":" + offset + ":" + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's content, or empty when it is not one of ours (garbled, truncated, made up). */
    static Optional<PageToken> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
                return Optional.empty();
            }
            int offset = Integer.parseInt(parts[1]);
            return offset < 0 ? Optional.empty() : Optional.of(new PageToken(parts[2], offset));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
