package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.credentials.CredentialsProperties;
import io.github.sansanghlsync.credentials.EncryptionKey;
import io.github.sansanghlsync.credentials.TokenCipher;
import io.github.sansanghlsync.ghl.BearerTokens;
import io.github.sansanghlsync.ghl.GhlProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Where the GHL client's bearer token comes from: the private integration token when {@code ghl.token} is
 * set, else the OAuth token store. The OAuth beans are lazy, so a private-token setup needs no encryption key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GhlOAuthProperties.class, CredentialsProperties.class})
public class GhlOAuthConfiguration {

    /** The one the GHL client gets (the OAuth bean below is a BearerTokens too). */
    @Bean
    @Primary
    BearerTokens ghlBearerTokens(GhlProperties ghl, ObjectProvider<OAuthBearerTokens> oauth) {
        return ghl.token() != null ? BearerTokens.privateToken(ghl.token()) : new DeferredOAuth(oauth::getObject);
    }

    @Bean
    @Lazy
    TokenEndpoint ghlTokenEndpoint(WebClient.Builder builder, JsonMapper json, GhlProperties ghl, GhlOAuthProperties oauth) {
        return new TokenEndpoint(builder, json, ghl.baseUrl(), oauth, Clock.systemUTC());
    }

    @Bean
    @Lazy
    OAuthTokenStore ghlTokenStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, CredentialsProperties credentials) {
        EncryptionKey previous = credentials.previousEncryptionKey();
        return new OAuthTokenStore(jdbc, transactions, new TokenCipher(credentials.encryptionKey()),
                previous == null ? null : new TokenCipher(previous), Clock.systemUTC());
    }

    @Bean
    @Lazy
    OAuthBearerTokens ghlOAuthBearerTokens(OAuthTokenStore store, TokenEndpoint endpoint, GhlProperties ghl,
                                           GhlOAuthProperties oauth) {
        if (ghl.locationId() == null) {
            throw new IllegalStateException("ghl.location-id (GHL_LOCATION_ID) is not set");
        }
        return new OAuthBearerTokens(store, endpoint, ghl.locationId(), oauth.refreshMargin(), Clock.systemUTC());
    }

    @Bean
    @Lazy
    GhlAuthorization ghlAuthorization(GhlOAuthProperties oauth, TokenEndpoint endpoint, OAuthTokenStore store, GhlProperties ghl) {
        return new GhlAuthorization(oauth, endpoint, store, ghl.locationId());
    }
}
