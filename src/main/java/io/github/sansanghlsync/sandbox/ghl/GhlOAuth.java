package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.SeededIds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's OAuth 2.0 authority: one registered Marketplace app (client id and secret), single-use
 * authorization codes, access tokens that expire (after a lifetime, or after a number of API requests
 * so tests can make them expire mid-run deterministically) and refresh tokens that rotate: each works once.
 */
public final class GhlOAuth {

    public static final String DEFAULT_CLIENT_ID = "sandbox-oauth-client-id";
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-oauth-client-secret";

    /** What an access token, code or refresh token stands for. */
    record Grant(String locationId, String scope) {
    }

    /** The answer to a bearer token lookup. */
    enum Status { VALID, EXPIRED, UNKNOWN }

    private record Access(Grant grant, Instant expiresAt, AtomicInteger usesLeft) {
    }

    private final Clock clock;
    private final String defaultLocation;
    private final SeededIds ids;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> usedRefreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final AtomicLong refreshes = new AtomicLong();
    private volatile String clientId = DEFAULT_CLIENT_ID;
    private volatile String clientSecret = DEFAULT_CLIENT_SECRET;
    private volatile Duration accessTokenLifetime = Duration.ofSeconds(86_399);
    private volatile int accessTokenMaxUses = 0;

    GhlOAuth(Clock clock, String defaultLocation, long seed) {
        this.clock = clock;
        this.defaultLocation = defaultLocation;
        this.ids = new SeededIds(seed * 31 + 5);
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Registers the app's credentials (replacing the default ones). */
    public GhlOAuth client(String id, String secret) {
        this.clientId = id;
        this.clientSecret = secret;
        return this;
    }

    /** {@code expires_in} of new access tokens (GHL: about a day). */
    public GhlOAuth accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
        return this;
    }

    /** New access tokens expire after this many API requests (0: only by time); lets tests expire them mid-run. */
    public GhlOAuth accessTokenMaxUses(int uses) {
        this.accessTokenMaxUses = uses;
        return this;
    }

    /** Refresh grants answered with a new pair so far. */
    public long refreshCount() {
        return refreshes.get();
    }

    /** Whether a refresh token can still be used once. */
    public boolean isLive(String refreshToken) {
        return refreshToken != null && refreshTokens.containsKey(refreshToken);
    }

    /** Refresh tokens that still work (one per completed install or refresh chain, if used right). */
    public int liveRefreshTokens() {
        return refreshTokens.size();
    }

    /** Every access and refresh token issued so far (for tests that look for leaked secrets). */
    public Set<String> issuedTokens() {
        return Set.copyOf(issued);
    }

    String defaultLocation() {
        return defaultLocation;
    }

    boolean knowsClient(String id, String secret) {
        return clientId.equals(id) && (secret == null || clientSecret.equals(secret));
    }

    String issueCode(String locationId, String scope) {
        String code = ids.hex32();
        codes.put(code, new Grant(locationId, scope));
        return code;
    }

    /** The grant of a code, consumed; null when unknown or used. */
    Grant redeemCode(String code) {
        return code == null ? null : codes.remove(code);
    }

    /** The grant of a refresh token, consumed (rotation); null when unknown or already used. */
    Grant redeemRefreshToken(String refreshToken) {
        if (refreshToken == null) {
            return null;
        }
        Grant grant = refreshTokens.remove(refreshToken);
        if (grant != null) {
            usedRefreshTokens.add(refreshToken);
            refreshes.incrementAndGet();
        }
        return grant;
    }

    boolean wasUsed(String refreshToken) {
        return usedRefreshTokens.contains(refreshToken);
    }

    /** A new access and refresh token pair for a grant. */
    Pair issue(Grant grant) {
        String access = "ghl-oauth-at-" + ids.alphanumeric(32);
        String refresh = "ghl-oauth-rt-" + ids.alphanumeric(32);
        int maxUses = accessTokenMaxUses;
        accessTokens.put(access, new Access(grant, clock.instant().plus(accessTokenLifetime),
                new AtomicInteger(maxUses > 0 ? maxUses : Integer.MAX_VALUE)));
        refreshTokens.put(refresh, grant);
        issued.add(access);
        issued.add(refresh);
        return new Pair(access, refresh, accessTokenLifetime.toSeconds(), grant);
    }

    record Pair(String accessToken, String refreshToken, long expiresIn, Grant grant) {
    }

    /** Checks an access token sent to the API, counting one use. */
    Status check(String accessToken) {
        Access access = accessTokens.get(accessToken);
        if (access == null) {
            return Status.UNKNOWN;
        }
        if (!clock.instant().isBefore(access.expiresAt()) || access.usesLeft().getAndDecrement() <= 0) {
            return Status.EXPIRED;
        }
        return Status.VALID;
    }

    /** The location of a known access token, or null. */
    String locationOf(String accessToken) {
        Access access = accessTokens.get(accessToken);
        return access == null ? null : access.grant().locationId();
    }
}
