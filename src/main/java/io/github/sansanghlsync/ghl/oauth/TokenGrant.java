package io.github.sansanghlsync.ghl.oauth;

import java.time.Instant;
import java.util.List;

/** A token pair GHL issued for one location: what the token store keeps (encrypted). */
public record TokenGrant(String locationId, String accessToken, String refreshToken, Instant expiresAt, List<String> scopes) {

    public TokenGrant {
        scopes = List.copyOf(scopes);
    }

    /** Keeps the tokens out of logs. */
    @Override
    public String toString() {
        return "TokenGrant[locationId=" + locationId + ", accessToken=***, refreshToken=***, expiresAt=" + expiresAt
                + ", scopes=" + scopes + "]";
    }
}
