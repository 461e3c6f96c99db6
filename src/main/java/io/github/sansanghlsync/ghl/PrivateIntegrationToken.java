package io.github.sansanghlsync.ghl;

import reactor.core.publisher.Mono;

/** A private integration token of one sub-account: static, no refresh. */
final class PrivateIntegrationToken implements BearerTokens {

    private final String token;

    PrivateIntegrationToken(String token) {
        this.token = token;
    }

    @Override
    public Mono<String> current() {
        return Mono.just(token);
    }

    @Override
    public Mono<String> renewAfterRejection(String rejected) {
        return Mono.error(new IllegalStateException("a private integration token cannot be renewed"));
    }

    @Override
    public boolean renewable() {
        return false;
    }

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
        return "PrivateIntegrationToken[***]";
    }
}
