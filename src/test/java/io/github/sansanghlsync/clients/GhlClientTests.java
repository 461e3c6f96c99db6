package io.github.sansanghlsync.clients;

import io.github.sansanghlsync.ghl.BearerTokens;
import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.QuotaScheduler;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertResult;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The GHL client against the GHL emulator over HTTP: each answer shape GHL gives. */
class GhlClientTests {

    private GhlEmulator ghl;

    @BeforeEach
    void startEmulator() {
        ghl = GhlEmulator.start(GhlConfig.defaults().withBurstLimit(1_000, 10_000));
    }

    @AfterEach
    void stopEmulator() {
        ghl.close();
    }

    private GhlClient client(String token, int maxRetries) {
        GhlProperties properties = new GhlProperties(ghl.baseUrl(), ghl.locationId(), token, null, 4, 1_000,
                Duration.ofSeconds(10), 0.9, Duration.ofSeconds(5), maxRetries);
        return new GhlClient(WebClient.builder(), JsonMapper.builder().build(), properties,
                new QuotaScheduler(1_000, Duration.ofSeconds(10), 0.9));
    }

    private UpsertContactRequest contact(String email) {
        return new UpsertContactRequest(ghl.locationId(), "花子", "佐藤", null, email, "+81312345678", "株式会社サンプル",
                null, null, null, null, "JP", null, "Sansan", null);
    }

    @Test
    void upsertCreatesThenUpdatesTheSameContact() {
        GhlClient client = client(ghl.token(), 0);

        UpsertResult created = client.upsertContact(contact("hanako@example.co.jp")).block();
        UpsertResult updated = client.upsertContact(contact("HANAKO@example.co.jp")).block();

        assertThat(created.created()).isTrue();
        assertThat(updated.created()).isFalse();
        assertThat(updated.contactId()).isEqualTo(created.contactId());
        assertThat(created.traceId()).isNotBlank();
        assertThat(ghl.contacts(ghl.locationId())).hasSize(1);
    }

    @Test
    void aWrongTokenIsA401ThatNamesThePropertyButNotTheToken() {
        GhlClient client = client("not-the-token-s3cr3t", 3);

        GhlApiException error = catchThrowableOfType(GhlApiException.class,
                () -> client.upsertContact(contact("a@example.co.jp")).block());

        assertThat(error.status()).isEqualTo(401);
        assertThat(error.isRecordError()).isFalse();
        assertThat(error.isTransient()).isFalse();
        assertThat(error.getMessage()).contains("ghl.token").contains("GHL_TOKEN").doesNotContain("auth ghl")
                .doesNotContain("s3cr3t");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void aRejectedOAuthTokenIsA401ThatAsksToReconnectNotForGhlToken() {
        // given: OAuth tokens that GHL refuses, also after the one renewal the client makes
        List<String> sent = new CopyOnWriteArrayList<>();
        BearerTokens revoked = new BearerTokens() {
            @Override
            public Mono<String> current() {
                return Mono.just("revoked-access-s3cr3t");
            }

            @Override
            public Mono<String> renewAfterRejection(String rejected) {
                sent.add(rejected);
                return Mono.just("renewed-but-revoked-s3cr3t");
            }

            @Override
            public boolean renewable() {
                return true;
            }
        };
        GhlProperties properties = new GhlProperties(ghl.baseUrl(), ghl.locationId(), null, null, 4, 1_000,
                Duration.ofSeconds(10), 0.9, Duration.ofSeconds(5), 3);
        GhlClient client = new GhlClient(WebClient.builder(), JsonMapper.builder().build(), properties,
                new QuotaScheduler(1_000, Duration.ofSeconds(10), 0.9), revoked);

        // when
        GhlApiException error = catchThrowableOfType(GhlApiException.class,
                () -> client.upsertContact(contact("c@example.co.jp")).block());

        // then: the remedy of OAuth, never the private token's, and no token in the message
        assertThat(error.status()).isEqualTo(401);
        assertThat(sent).containsExactly("revoked-access-s3cr3t");
        assertThat(error.getMessage()).contains("auth ghl").doesNotContain("GHL_TOKEN").doesNotContain("ghl.token")
                .doesNotContain("s3cr3t");
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void a422ListsEveryMessageAndIsARecordError() {
        GhlClient client = client(ghl.token(), 3);
        UpsertContactRequest badEmail = contact("not-an-email");

        GhlApiException error = catchThrowableOfType(GhlApiException.class, () -> client.upsertContact(badEmail).block());

        assertThat(error.status()).isEqualTo(422);
        assertThat(error.isRecordError()).isTrue();
        assertThat(error.messages()).containsExactly("email must be an email");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void aStringMessageOn400IsKeptAndNotRetried() {
        GhlClient client = client(ghl.token(), 3);
        ghl.faults().failNext("POST /contacts/upsert", 1, Fault.status(400));

        GhlApiException error = catchThrowableOfType(GhlApiException.class,
                () -> client.upsertContact(contact("b@example.co.jp")).block());

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.isRecordError()).isTrue();
        assertThat(error.messages()).hasSize(1);
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void transient5xx429AndResetsAreRetriedUntilTheyPass() {
        GhlClient client = client(ghl.token(), 5);
        ghl.faults().failNext("POST /contacts/upsert", 1, Fault.status(500));
        ghl.faults().failNext("POST /contacts/upsert", 1, Fault.status(503));
        ghl.faults().failNext("POST /contacts/upsert", 1, Fault.status(429));
        ghl.faults().failNext("POST /contacts/upsert", 1, Fault.connectionReset());

        UpsertResult result = client.upsertContact(contact("c@example.co.jp")).block();

        assertThat(result.created()).isTrue();
        assertThat(client.requestCount()).isEqualTo(5);
        assertThat(client.throttledCount()).isEqualTo(1);
        assertThat(ghl.contacts(ghl.locationId())).hasSize(1);
    }

    @Test
    void retriesRunOutWithTheLastTransientError() {
        GhlClient client = client(ghl.token(), 2);
        ghl.faults().failNext("POST /contacts/upsert", 10, Fault.status(503));

        GhlApiException error = catchThrowableOfType(GhlApiException.class,
                () -> client.upsertContact(contact("d@example.co.jp")).block());

        assertThat(error.status()).isEqualTo(503);
        assertThat(client.requestCount()).isEqualTo(3);
    }

    @Test
    void readsTheLocationsCustomFields() {
        assertThat(client(ghl.token(), 0).customFields())
                .extracting(field -> field.fieldKey())
                .containsAll(List.of("contact.job_title", "contact.sansan_person_id"));
    }
}
