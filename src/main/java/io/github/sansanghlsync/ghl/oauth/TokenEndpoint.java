package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.http.WebClients;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * GHL's {@code POST /oauth/token} (form-encoded): exchanges an authorization code, or a refresh token, for
 * a new pair. Not retried: a refresh GHL carried out but whose answer was lost cannot be repeated anyway
 * (the refresh token is spent), and a retry would only hide that.
 */
public class TokenEndpoint {

    private final WebClient web;
    private final JsonMapper json;
    private final String url;
    private final GhlOAuthProperties oauth;
    private final Clock clock;

    public TokenEndpoint(WebClient.Builder builder, JsonMapper json, String baseUrl, GhlOAuthProperties oauth, Clock clock) {
        this.web = WebClients.create(builder, "ghl-oauth", 2, Duration.ofSeconds(30));
        this.json = json;
        this.url = baseUrl + "/oauth/token";
        this.oauth = oauth;
        this.clock = clock;
    }

    /** The {@code authorization_code} grant for a sub-account ({@code user_type=Location}). */
    public TokenGrant exchangeCode(String code) {
        MultiValueMap<String, String> form = client();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("user_type", "Location");
        form.add("redirect_uri", oauth.redirectUri());
        return post(form, null);
    }

    /** The {@code refresh_token} grant: a new pair; the given refresh token stops working. */
    public TokenGrant refresh(String locationId, String refreshToken) {
        MultiValueMap<String, String> form = client();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("user_type", "Location");
        return post(form, locationId);
    }

    private MultiValueMap<String, String> client() {
        oauth.requireClient();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", oauth.clientId());
        form.add("client_secret", oauth.clientSecret());
        return form;
    }

    private TokenGrant post(MultiValueMap<String, String> form, String locationId) {
        Answer answer = web.post().uri(url).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON).body(BodyInserters.fromFormData(form))
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new Answer(response.statusCode().value(), body)))
                .block();
        JsonNode root = answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
        String location = locationId != null ? locationId : root.path("locationId").asString("unknown");
        if (answer.status() / 100 != 2) {
            String error = root.path("error").asString("");
            String description = root.path("error_description").asString(root.path("message").asString(""));
            if (error.equals("invalid_grant") || description.toLowerCase().contains("invalid grant")) {
                throw new ReauthorizationRequiredException(location, "GHL answered invalid_grant: " + description);
            }
            throw new IllegalStateException("GHL's token endpoint answered " + answer.status() + " " + error + ": "
                    + description + (answer.status() == 401 ? " (check GHL_OAUTH_CLIENT_ID and the client secret)" : ""));
        }
        if (!root.hasNonNull("access_token") || !root.hasNonNull("refresh_token")) {
            throw new IllegalStateException("GHL's token endpoint answered without a token pair");
        }
        if (!root.path("userType").asString("Location").equals("Location") || location.equals("unknown")) {
            throw new IllegalStateException("GHL issued an agency (Company) token; install the app on a sub-account "
                    + "(location) instead: the agency flow is not supported");
        }
        List<String> scopes = Arrays.stream(root.path("scope").asString("").split("\\s+")).filter(s -> !s.isEmpty()).toList();
        return new TokenGrant(location, root.get("access_token").asString(), root.get("refresh_token").asString(),
                clock.instant().plusSeconds(root.path("expires_in").asLong(86_399)), scopes);
    }

    private record Answer(int status, String body) {
    }
}
