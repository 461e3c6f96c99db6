package io.github.sansanghlsync.it;

import com.zaxxer.hikari.HikariDataSource;
import io.github.sansanghlsync.credentials.EncryptionKey;
import io.github.sansanghlsync.credentials.TokenCipher;
import io.github.sansanghlsync.ghl.oauth.GhlAuthorization;
import io.github.sansanghlsync.ghl.oauth.GhlOAuthProperties;
import io.github.sansanghlsync.ghl.oauth.OAuthBearerTokens;
import io.github.sansanghlsync.ghl.oauth.OAuthTokenStore;
import io.github.sansanghlsync.ghl.oauth.TokenEndpoint;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.ghl.GhlOAuth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two token stores with their own connection pools on one database (as two processes sharing PostgreSQL),
 * on an HSQLDB file and on a real PostgreSQL server: when both see the access token rejected at the same
 * moment, one refreshes and the other uses its pair.
 */
class TokenRefreshRaceTests {

    @TempDir
    Path dir;

    private GhlEmulator ghl;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void start() {
        ghl = GhlEmulator.start(GhlConfig.defaults());
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        pools.forEach(HikariDataSource::close);
        ghl.close();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"hsqldb", "postgresql"})
    void twoProcessesRefreshingAtTheSameMomentLeaveOneValidPair(String platform) throws Exception {
        // given: one authorization, seen by two independent "processes"
        String key = OAuthSetup.newKey();
        GhlOAuthProperties oauth = new GhlOAuthProperties(ghl.oauth().clientId(), ghl.oauth().clientSecret(), null,
                "http://127.0.0.1:1/callback", ghl.baseUrl() + "/v2/oauth/chooselocation", null, Duration.ofMinutes(10), null);
        String url = platform.equals("hsqldb")
                ? "jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.write_delay=false;hsqldb.tx=mvcc"
                : PostgresServer.newDatabase();
        OAuthTokenStore storeA = store(key, platform, url);
        OAuthTokenStore storeB = store(key, platform, url);
        TokenEndpoint endpoint = new TokenEndpoint(WebClient.builder(), JsonMapper.builder().build(), ghl.baseUrl(), oauth,
                Clock.systemUTC());
        new GhlAuthorization(oauth, endpoint, storeA, ghl.locationId()).complete(consentRedirect(oauth));
        List<OAuthBearerTokens> processes = List.of(
                new OAuthBearerTokens(storeA, endpoint, ghl.locationId(), Duration.ofMinutes(10), Clock.systemUTC()),
                new OAuthBearerTokens(storeB, endpoint, ghl.locationId(), Duration.ofMinutes(10), Clock.systemUTC()));
        GhlOAuth authority = ghl.oauth();

        for (int round = 1; round <= 5; round++) {
            String rejected = storeB.load(ghl.locationId()).orElseThrow().grant().accessToken();
            long tokenRequestsBefore = ghl.stats().snapshot().requests("POST /oauth/token");

            // when: both are told at once that the access token expired
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> renewed = new ArrayList<>();
            for (OAuthBearerTokens process : processes) {
                renewed.add(threads.submit(() -> {
                    together.await();
                    return process.renewAfterRejection(rejected).block();
                }));
            }

            // then: one refresh request, both use its pair, and the stored refresh token is the live one
            String first = renewed.get(0).get();
            String second = renewed.get(1).get();
            assertThat(first).as("round %d", round).isEqualTo(second).isNotEqualTo(rejected);
            assertThat(ghl.stats().snapshot().requests("POST /oauth/token") - tokenRequestsBefore).as("round %d", round).isEqualTo(1);
            TokenGrant stored = storeA.load(ghl.locationId()).orElseThrow().grant();
            assertThat(stored.accessToken()).isEqualTo(first);
            assertThat(authority.isLive(stored.refreshToken())).isTrue();
            assertThat(authority.liveRefreshTokens()).isEqualTo(1);
        }
        assertThat(authority.refreshCount()).isEqualTo(5);
    }

    private OAuthTokenStore store(String key, String platform, String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(platform.equals("hsqldb") ? "sa" : PostgresServer.USER);
        pool.setPassword(platform.equals("hsqldb") ? "" : PostgresServer.PASSWORD);
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        new ResourceDatabasePopulator(new ClassPathResource("sql/schema-" + platform + ".sql")).execute(pool);
        return new OAuthTokenStore(new JdbcTemplate(pool), new DataSourceTransactionManager(pool),
                new TokenCipher(EncryptionKey.parse(key, "test key")), null, Clock.systemUTC());
    }

    /** The consent page's redirect, as the browser would land on it. */
    private String consentRedirect(GhlOAuthProperties oauth) throws Exception {
        String url = new GhlAuthorization(oauth, null, null, null).authorizeUrl("s1");
        HttpResponse<Void> consent = OAuthSetup.BROWSER.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        return consent.headers().firstValue("Location").orElseThrow();
    }
}
