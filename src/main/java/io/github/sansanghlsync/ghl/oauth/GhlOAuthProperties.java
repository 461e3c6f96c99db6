package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.credentials.SecretFile;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The program's GHL Marketplace app, for the OAuth 2.0 authorization code grant ({@code ghl.oauth.*}, or
 * {@code GHL_OAUTH_*} in the environment). Used when no private integration token ({@code ghl.token}) is set.
 *
 * @param clientId         the app's client id
 * @param clientSecret     the app's client secret; from the environment or {@code clientSecretFile}, never logged
 * @param clientSecretFile a file holding the client secret instead
 * @param redirectUri      the app's redirect URL; a loopback one ({@code http://127.0.0.1:<port>/...}) is caught by {@code auth ghl}
 * @param authorizeUrl     the consent page ({@code /v2/oauth/chooselocation}; white-label apps use their own host)
 * @param scopes           space-separated scopes asked for: least privilege for what the program does
 * @param refreshMargin    an access token this close to its expiry is refreshed before it is sent
 * @param callbackTimeout  how long {@code auth ghl} waits for the redirect
 */
@ConfigurationProperties("ghl.oauth")
public record GhlOAuthProperties(
        String clientId,
        String clientSecret,
        Path clientSecretFile,
        String redirectUri,
        String authorizeUrl,
        String scopes,
        Duration refreshMargin,
        Duration callbackTimeout) {

    /** Contacts read and write (upsert, identity moves) and reading custom field ids; nothing else. */
    public static final String DEFAULT_SCOPES = "contacts.readonly contacts.write locations/customFields.readonly";

    public GhlOAuthProperties {
        clientSecret = SecretFile.valueOrFile(clientSecret, clientSecretFile, "ghl.oauth.client-secret-file");
        redirectUri = redirectUri == null ? "http://127.0.0.1:53682/callback" : redirectUri;
        authorizeUrl = authorizeUrl == null ? "https://marketplace.gohighlevel.com/v2/oauth/chooselocation" : authorizeUrl;
        scopes = scopes == null || scopes.isBlank() ? DEFAULT_SCOPES : scopes.strip();
        refreshMargin = refreshMargin == null ? Duration.ofMinutes(10) : refreshMargin;
        callbackTimeout = callbackTimeout == null ? Duration.ofMinutes(5) : callbackTimeout;
    }

    public List<String> scopeList() {
        return Arrays.stream(scopes.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Fails with a message naming the missing properties. */
    void requireClient() {
        if (clientId == null || clientId.isBlank() || clientSecret == null) {
            throw new IllegalStateException("GHL OAuth needs the app's client id and secret: set GHL_OAUTH_CLIENT_ID and "
                    + "GHL_OAUTH_CLIENT_SECRET (or ghl.oauth.client-secret-file)");
        }
    }

    /** Keeps the client secret out of logs. */
    @Override
    public String toString() {
        return "GhlOAuthProperties[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "unset" : "***")
                + ", redirectUri=" + redirectUri + ", authorizeUrl=" + authorizeUrl + ", scopes=" + scopes
                + ", refreshMargin=" + refreshMargin + "]";
    }
}
