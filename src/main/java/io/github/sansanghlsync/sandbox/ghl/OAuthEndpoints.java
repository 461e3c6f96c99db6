package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v2/oauth/chooselocation} (consent: approves at once and redirects with a code; no browser
 * needed) and {@code POST /oauth/token} (form-encoded, {@code authorization_code} and {@code refresh_token}).
 */
final class OAuthEndpoints {

    static final String AUTHORIZE_PATH = "/v2/oauth/chooselocation";
    static final String TOKEN_PATH = "/oauth/token";

    private final GhlOAuth oauth;
    private final List<String> locations;

    OAuthEndpoints(GhlOAuth oauth, List<String> locations) {
        this.oauth = oauth;
        this.locations = locations;
    }

    void register(EmulatorServer server) {
        server.api("GET", AUTHORIZE_PATH, this::chooseLocation);
        server.api("POST", TOKEN_PATH, this::token);
    }

    /** The user "chooses" the location named by the emulator-only {@code locationId} parameter, else the default one. */
    private ApiResponse chooseLocation(ApiRequest request) {
        String redirect = request.query("redirect_uri");
        if (!"code".equals(request.query("response_type")) || redirect == null
                || !oauth.knowsClient(request.query("client_id"), null)) {
            return GhlErrors.badRequest("Invalid client_id, redirect_uri or response_type");
        }
        String location = request.query("locationId") != null ? request.query("locationId") : oauth.defaultLocation();
        if (!locations.contains(location)) {
            return GhlErrors.badRequest("Unknown location " + location);
        }
        String scope = request.query("scope") == null ? "" : request.query("scope");
        String target = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + oauth.issueCode(location, scope)
                + (request.query("state") == null ? "" : "&state=" + encode(request.query("state")));
        return new ApiResponse(302, Map.of("Location", target), null);
    }

    private ApiResponse token(ApiRequest request) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = request.form();
        if (!oauth.knowsClient(form.get("client_id"), form.getOrDefault("client_secret", ""))) {
            return oauthError(401, "invalid_client", "Invalid client credentials");
        }
        GhlOAuth.Grant grant;
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                if (!"Location".equals(form.get("user_type"))) {
                    return oauthError(400, "invalid_request", "user_type must be Location or Company");
                }
                grant = oauth.redeemCode(form.get("code"));
                if (grant == null) {
                    return oauthError(400, "invalid_grant", "Invalid grant: authorization code is invalid");
                }
            }
            case "refresh_token" -> {
                String refreshToken = form.get("refresh_token");
                grant = oauth.redeemRefreshToken(refreshToken);
                if (grant == null) {
                    return oauthError(400, "invalid_grant", oauth.wasUsed(refreshToken)
                            ? "Invalid grant: refresh token has already been used" : "Invalid grant: refresh token is invalid");
                }
            }
            default -> {
                return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
            }
        }
        GhlOAuth.Pair pair = oauth.issue(grant);
        ObjectNode body = SandboxJson.object();
        body.put("access_token", pair.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", pair.expiresIn());
        body.put("refresh_token", pair.refreshToken());
        body.put("scope", grant.scope());
        body.put("userType", "Location");
        body.put("locationId", grant.locationId());
        body.put("companyId", "sandboxCompany00001");
        body.put("userId", "sandboxUser00000001");
        return ApiResponse.ok(body);
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        ObjectNode body = SandboxJson.object();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.of(status, body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
