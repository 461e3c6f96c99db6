package io.github.sansanghlsync.sandbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultPlanTest {

    private static final String UPSERT = "POST /contacts/upsert";
    private static final String GET = "GET /contacts/{contactId}";

    @Test
    void failsTheNextRequestsToOneEndpointOnly() {
        FaultPlan plan = new FaultPlan(1);
        plan.failNext(UPSERT, 2, Fault.status(503));

        assertThat(plan.decide(GET, false)).isEqualTo(Fault.NONE);
        assertThat(plan.decide(UPSERT, true)).isEqualTo(Fault.status(503));
        assertThat(plan.decide(UPSERT, true)).isEqualTo(Fault.status(503));
        assertThat(plan.decide(UPSERT, true)).isEqualTo(Fault.NONE);
    }

    @Test
    void failsEveryRequestFromTheKthOnUntilCleared() {
        FaultPlan plan = new FaultPlan(1);
        plan.failFrom(3, Fault.status(500));

        assertThat(plan.decide(GET, false).isNone()).isTrue();
        assertThat(plan.decide(UPSERT, true).isNone()).isTrue();
        assertThat(plan.decide(GET, false)).isEqualTo(Fault.status(500));
        assertThat(plan.decide(UPSERT, true)).isEqualTo(Fault.status(500));
        plan.clear();
        assertThat(plan.decide(UPSERT, true).isNone()).isTrue();
    }

    @Test
    void randomFaultsFollowTheSeed() {
        FaultRates rates = FaultRates.NONE.withHttp500(0.2).withHttp503(0.1).withHttp429(0.1).withApplyThenFail(0.1);

        List<Fault> first = draw(new FaultPlan(7), rates);
        List<Fault> second = draw(new FaultPlan(7), rates);
        List<Fault> other = draw(new FaultPlan(8), rates);

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        long failed = first.stream().filter(f -> !f.isNone()).count();
        assertThat(failed).isBetween(350L, 650L);
    }

    @Test
    void applyThenFailOnlyHitsMutations() {
        FaultPlan plan = new FaultPlan(3);
        plan.setRates(FaultRates.NONE.withApplyThenFail(1.0));

        assertThat(plan.decide(GET, false)).isEqualTo(Fault.NONE);
        assertThat(plan.decide(UPSERT, true)).isEqualTo(Fault.applyThenFail());
    }

    @Test
    void readsTheAdminBodyAndAnEmptyBodyClearsEverything() {
        FaultPlan plan = new FaultPlan(1);
        plan.apply(FaultSettingsJson.read(SandboxJson.parse("""
                {"http500":0.25,"timeoutMs":300,
                 "failNext":[{"endpoint":"POST /contacts/upsert","count":2,"fault":"applyThenFail"}],
                 "failFrom":{"request":4,"status":503}}""".getBytes())));

        FaultPlan.Settings settings = plan.settings();
        assertThat(settings.rates().http500()).isEqualTo(0.25);
        assertThat(settings.rates().timeoutMs()).isEqualTo(300);
        assertThat(settings.failNext()).containsExactly(new FaultPlan.FailNext(UPSERT, 2, Fault.applyThenFail()));
        assertThat(settings.failFrom()).isEqualTo(new FaultPlan.FailFrom(null, 4, Fault.status(503)));

        plan.apply(FaultSettingsJson.read(SandboxJson.parse("{}".getBytes())));
        assertThat(plan.settings()).isEqualTo(FaultPlan.Settings.NONE);
    }

    @Test
    void rejectsTyposAndImpossibleRates() {
        assertThatThrownBy(() -> FaultSettingsJson.read(SandboxJson.parse("{\"http5OO\":0.1}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http5OO");
        assertThatThrownBy(() -> FaultSettingsJson.read(SandboxJson.parse("{\"http500\":0.7,\"http503\":0.7}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1");
    }

    private static List<Fault> draw(FaultPlan plan, FaultRates rates) {
        plan.setRates(rates);
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            faults.add(plan.decide(UPSERT, true));
        }
        return faults;
    }
}
