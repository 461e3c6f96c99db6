package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.ghl.BearerTokens;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/** The OAuth token source, created at the first request, so that starting the program needs no key until GHL is called. */
final class DeferredOAuth implements BearerTokens {

    private final Supplier<OAuthBearerTokens> tokens;

    DeferredOAuth(Supplier<OAuthBearerTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<String> current() {
        return Mono.defer(() -> tokens.get().current());
    }

    @Override
    public Mono<String> renewAfterRejection(String rejected) {
        return Mono.defer(() -> tokens.get().renewAfterRejection(rejected));
    }

    @Override
    public boolean renewable() {
        return true;
    }
}
