package io.github.sansanghlsync.ghl;

import reactor.core.publisher.Mono;

/**
 * Where {@link GhlClient} gets its {@code Authorization: Bearer} token: a private integration token, or
 * the OAuth token store that refreshes (and rotates) tokens. Implementations never log the tokens.
 */
public interface BearerTokens {

    /** The token to send now (an OAuth store refreshes one that is about to expire first). */
    Mono<String> current();

    /**
     * GHL answered 401 to {@code rejected}: a newer token to retry with once (refreshed if no other thread
     * or process has done so yet), or an error when the token cannot be renewed.
     */
    Mono<String> renewAfterRejection(String rejected);

    /** Whether a 401 can be cured by {@link #renewAfterRejection} (OAuth); a private token cannot. */
    boolean renewable();

    /** A fixed private integration token (the {@code ghl.token}); a 401 is final. */
    static BearerTokens privateToken(String token) {
        return new PrivateIntegrationToken(token == null ? "" : token);
    }
}
