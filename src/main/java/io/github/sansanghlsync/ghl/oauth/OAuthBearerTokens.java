package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.ghl.BearerTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bearer tokens of one location from the {@link OAuthTokenStore}: refreshed before they expire and after
 * GHL rejects one, one refresh at a time (a lock in this process, the store's row lock across processes);
 * whoever loses the race uses the winner's pair instead of spending the refresh token again.
 */
public class OAuthBearerTokens implements BearerTokens {

    private static final Logger log = LoggerFactory.getLogger(OAuthBearerTokens.class);

    private final OAuthTokenStore store;
    private final TokenEndpoint endpoint;
    private final String locationId;
    private final Duration refreshMargin;
    private final Clock clock;
    private final Object refreshing = new Object();
    private final AtomicLong refreshes = new AtomicLong();
    private volatile OAuthTokenStore.Stored cached;

    public OAuthBearerTokens(OAuthTokenStore store, TokenEndpoint endpoint, String locationId, Duration refreshMargin, Clock clock) {
        this.store = store;
        this.endpoint = endpoint;
        this.locationId = locationId;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
    }

    @Override
    public Mono<String> current() {
        OAuthTokenStore.Stored now = cached;
        if (now != null && usable(now, null)) {
            return Mono.just(now.grant().accessToken());
        }
        return Mono.fromCallable(() -> fresh(null)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<String> renewAfterRejection(String rejected) {
        return Mono.fromCallable(() -> fresh(rejected)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public boolean renewable() {
        return true;
    }

    /** Refreshes this process made (not counting those another process made for it). */
    public long refreshCount() {
        return refreshes.get();
    }

    /** The granted scopes of the stored pair. */
    public Optional<TokenGrant> stored() {
        return store.load(locationId).map(OAuthTokenStore.Stored::grant);
    }

    /** A token that is not {@code rejected} and not about to expire: cached, stored by someone else, or refreshed. */
    String fresh(String rejected) {
        synchronized (refreshing) {
            OAuthTokenStore.Stored known = cached;
            if (known != null && usable(known, rejected)) {
                return known.grant().accessToken();
            }
            OAuthTokenStore.Stored stored = store.load(locationId).orElseThrow(() ->
                    new ReauthorizationRequiredException(locationId, "no GHL tokens are stored for it"));
            if (usable(stored, rejected)) {
                cached = stored;
                return stored.grant().accessToken();
            }
            cached = refresh(rejected);
            return cached.grant().accessToken();
        }
    }

    private OAuthTokenStore.Stored refresh(String rejected) {
        AtomicLong seenVersion = new AtomicLong(-1);
        try {
            return store.underLock(locationId, locked -> {
                OAuthTokenStore.Stored stored = locked.orElseThrow(() ->
                        new ReauthorizationRequiredException(locationId, "no GHL tokens are stored for it"));
                seenVersion.set(stored.version());
                if (usable(stored, rejected)) {
                    log.debug("Another process refreshed the GHL token of {} first; using its pair", locationId);
                    return stored;
                }
                TokenGrant grant = endpoint.refresh(locationId, stored.grant().refreshToken());
                if (!store.replace(grant, stored.version())) {
                    throw new IllegalStateException("the stored GHL tokens of " + locationId + " changed under the row lock");
                }
                refreshes.incrementAndGet();
                log.info("Refreshed the GHL access token of location {} (valid until {})", locationId, grant.expiresAt());
                return new OAuthTokenStore.Stored(grant, stored.version() + 1);
            });
        } catch (ReauthorizationRequiredException e) {
            // a writer that took no lock (an older version, a manual 'auth ghl') may have rotated the pair meanwhile
            Optional<OAuthTokenStore.Stored> now = store.load(locationId);
            if (now.isPresent() && now.get().version() > seenVersion.get() && seenVersion.get() >= 0
                    && usable(now.get(), rejected)) {
                return now.get();
            }
            throw e;
        }
    }

    private boolean usable(OAuthTokenStore.Stored stored, String rejected) {
        return !stored.grant().accessToken().equals(rejected)
                && clock.instant().plus(refreshMargin).isBefore(stored.grant().expiresAt());
    }

    /** Keeps the tokens out of logs. */
    @Override
    public String toString() {
        return "OAuthBearerTokens[locationId=" + locationId + "]";
    }
}
