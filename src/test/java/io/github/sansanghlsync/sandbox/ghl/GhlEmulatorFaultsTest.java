package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.FaultRates;
import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GhlEmulatorFaultsTest {

    private GhlEmulator ghl;
    private GhlProbe probe;

    @BeforeEach
    void start() {
        ghl = GhlEmulator.start(GhlConfig.defaults().withBurstLimit(10_000, 10_000));
        probe = new GhlProbe(ghl);
    }

    @AfterEach
    void stop() {
        ghl.close();
    }

    @Test
    void applyThenFailWritesTheContactButAnswers500() {
        HttpProbe.post(ghl.baseUrl() + "/_admin/faults",
                "{\"failNext\":{\"endpoint\":\"POST /contacts/upsert\",\"count\":1,\"fault\":\"applyThenFail\"}}");

        HttpProbe.Reply lost = probe.upsert(probe.body("\"email\":\"lost@example.co.jp\""));
        HttpProbe.Reply retried = probe.upsert(probe.body("\"email\":\"lost@example.co.jp\""));

        assertThat(lost.status()).isEqualTo(500);
        assertThat(lost.json().path("statusCode").asInt()).isEqualTo(500);
        assertThat(lost.header("X-RateLimit-Remaining")).isNotNull();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("new").asBoolean()).isFalse();
        assertThat(ghl.contacts(ghl.locationId())).hasSize(1);
        assertThat(ghl.stats().snapshot().faultsInjected()).isEqualTo(1);
    }

    @Test
    void triggersHitOnlyTheirEndpointAndStatusFaultsSkipTheMutation() {
        ghl.faults().failNext("POST /contacts/upsert", 2, Fault.status(503));

        HttpProbe.Reply fields = probe.send("GET", "/locations/" + ghl.locationId() + "/customFields", null);
        HttpProbe.Reply first = probe.upsert(probe.body("\"email\":\"a@example.co.jp\""));
        HttpProbe.Reply second = probe.upsert(probe.body("\"email\":\"a@example.co.jp\""));
        HttpProbe.Reply third = probe.upsert(probe.body("\"email\":\"a@example.co.jp\""));

        assertThat(fields.status()).isEqualTo(200);
        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(503, 503, 200);
        assertThat(third.json().path("new").asBoolean()).isTrue();
    }

    @Test
    void injected429LooksLikeARateLimit() {
        ghl.faults().failFrom(1, Fault.status(429));

        HttpProbe.Reply reply = probe.upsert(probe.body("\"email\":\"a@example.co.jp\""));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().path("message").asString()).isEqualTo("Too Many Requests");
        assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(reply.header("X-RateLimit-Max")).isEqualTo("10000");
        assertThat(ghl.stats().snapshot().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void randomFaultsRepeatWithTheSameSeed() {
        List<Integer> first = statusesUnderRandomFaults();
        stop();
        start();

        assertThat(statusesUnderRandomFaults()).isEqualTo(first).contains(200, 500, 503);
    }

    private List<Integer> statusesUnderRandomFaults() {
        ghl.faults().setRates(FaultRates.NONE.withHttp500(0.2).withHttp503(0.2));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(probe.upsert(probe.body("\"email\":\"r" + i + "@example.co.jp\"")).status());
        }
        return statuses;
    }
}
