package io.github.sansanghlsync.ghl.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The authorization code flow of {@code auth ghl}: the consent URL with least-privilege scopes, the code
 * (caught on a loopback redirect or pasted), the exchange at {@code /oauth/token} and the stored pair.
 */
public class GhlAuthorization {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GhlOAuthProperties oauth;
    private final TokenEndpoint endpoint;
    private final OAuthTokenStore store;
    private final String expectedLocation;

    public GhlAuthorization(GhlOAuthProperties oauth, TokenEndpoint endpoint, OAuthTokenStore store, String expectedLocation) {
        this.oauth = oauth;
        this.endpoint = endpoint;
        this.store = store;
        this.expectedLocation = expectedLocation;
    }

    /** The consent page address the user opens. */
    public String authorizeUrl(String state) {
        oauth.requireClient();
        return oauth.authorizeUrl() + "?response_type=code"
                + "&redirect_uri=" + encode(oauth.redirectUri())
                + "&client_id=" + encode(oauth.clientId())
                + "&scope=" + encode(oauth.scopes())
                + "&state=" + state;
    }

    /** Shows the URL, catches the redirect on the loopback redirect URI, exchanges the code and stores the pair. */
    public TokenGrant authorize(Consumer<String> showUrl) throws InterruptedException {
        if (!LoopbackRedirect.isLoopback(oauth.redirectUri())) {
            throw new IllegalStateException("ghl.oauth.redirect-uri " + oauth.redirectUri() + " is not a loopback address "
                    + "this program can listen on; use 'auth ghl --paste'");
        }
        String state = newState();
        try (LoopbackRedirect redirect = LoopbackRedirect.listen(oauth.redirectUri(), state)) {
            showUrl.accept(authorizeUrl(state));
            return complete(redirect.await(oauth.callbackTimeout()));
        }
    }

    /** A new random {@code state}. */
    public static String newState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Exchanges a code (or the whole redirected address the user pasted) and stores the pair. */
    public TokenGrant complete(String codeOrRedirect) {
        String code = codeOrRedirect.strip();
        if (code.contains("code=")) {
            String query = code.contains("?") ? URI.create(code).getRawQuery() : code;
            code = LoopbackRedirect.parse(query).get("code");
        }
        TokenGrant grant = endpoint.exchangeCode(code);
        if (expectedLocation != null && !expectedLocation.equals(grant.locationId())) {
            throw new IllegalStateException("The authorization is for location " + grant.locationId() + " but ghl.location-id is "
                    + expectedLocation + "; choose that location on the consent page (nothing was stored)");
        }
        store.save(grant);
        return grant;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
