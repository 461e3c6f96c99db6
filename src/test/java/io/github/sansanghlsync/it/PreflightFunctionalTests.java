package io.github.sansanghlsync.it;

import io.github.sansanghlsync.preflight.CheckResult;
import io.github.sansanghlsync.preflight.Preflight;
import io.github.sansanghlsync.preflight.PreflightReport;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.Sandbox;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check} against the emulators: all green when all is well, and each problem named in its own row. */
class PreflightFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void everythingPassesWithAGoodSetup() {
        PreflightReport report = check(UnaryOperator.identity(), fixture -> { });

        assertThat(report.passed()).as(report.render()).isTrue();
        assertThat(report.result(Preflight.SANSAN_KEY).detail()).contains("the key belongs to");
        assertThat(report.result(Preflight.GHL_SCOPES).verdict()).isEqualTo(CheckResult.Verdict.WARN);
        assertThat(report.render()).contains("All checks passed.");
    }

    @Test
    void aWrongSansanKeyFails() {
        PreflightReport report = check(UnaryOperator.identity(), fixture -> fixture.with("sansan.api-key", "not-the-key"));

        assertFailed(report, Preflight.SANSAN_KEY, "Sansan rejected the API key (401)");
        assertThat(report.render()).contains("Some checks failed").doesNotContain("not-the-key");
    }

    @Test
    void aKeyThatMayNotReadEveryCardFails() {
        PreflightReport report = check(UnaryOperator.identity(),
                fixture -> fixture.sandbox.sansan().faults().failNext("GET /bizCards", 5, Fault.status(403)));

        assertFailed(report, Preflight.SANSAN_RANGE, "may not read every card");
        assertFailed(report, Preflight.SANSAN_SAMPLE, "no page could be read");
    }

    @Test
    void aWrongGhlTokenFails() {
        PreflightReport report = check(UnaryOperator.identity(), fixture -> fixture.with("ghl.token", "not-the-token"));

        assertFailed(report, Preflight.GHL_TOKEN, "GHL rejected the token (401");
        assertThat(report.render()).doesNotContain("not-the-token");
    }

    @Test
    void aTokenOfAnotherLocationFails() {
        PreflightReport report = check(UnaryOperator.identity(), fixture -> fixture.with("ghl.location-id", "otherLocation000002"));

        assertFailed(report, Preflight.GHL_TOKEN, "no access to location otherLocation000002");
    }

    @Test
    void anUnknownVersionHeaderFails() {
        PreflightReport report = check(UnaryOperator.identity(), fixture -> fixture.with("ghl.api-version", "1999-01-01"));

        assertFailed(report, Preflight.GHL_VERSION, "GHL refused Version 1999-01-01");
    }

    @Test
    void aMissingCustomFieldFails() {
        PreflightReport report = check(config -> config.withGhl(config.ghl()
                .withCustomFields(GhlConfig.DEFAULT_CUSTOM_FIELDS.subList(0, 3))), fixture -> { });

        assertFailed(report, Preflight.GHL_FIELDS, "missing contact.office_phone, contact.sansan_person_id");
    }

    @Test
    void littleQuotaLeftTodayFails() {
        PreflightReport report = check(config -> config.withGhl(config.ghl().withDailyLimit(500)), fixture -> { });

        assertFailed(report, Preflight.GHL_QUOTA, "requests left today");
    }

    @Test
    void oauthWithAllScopesPassesAndWithoutOneFails() throws Exception {
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 20))) {
            OAuthSetup.authorize(fixture);
            PreflightReport good = fixture.program().getBean(Preflight.class).run();
            assertThat(good.passed()).as(good.render()).isTrue();
            assertThat(good.result(Preflight.GHL_SCOPES).verdict()).isEqualTo(CheckResult.Verdict.PASS);

            fixture.with("ghl.oauth.scopes", "contacts.readonly contacts.write").restartProgram();
            OAuthSetup.authorize(fixture);
            PreflightReport narrow = fixture.program().getBean(Preflight.class).run();
            assertFailed(narrow, Preflight.GHL_SCOPES, "missing locations/customFields.readonly");
        }
    }

    @Test
    void oauthWithoutAnAuthorizationFailsAndSaysToRunAuthGhl() {
        PreflightReport report = check(UnaryOperator.identity(), OAuthSetup::useOAuth);

        assertFailed(report, Preflight.GHL_TOKEN, "Run 'sansan-ghl-sync auth ghl'");
    }

    private PreflightReport check(UnaryOperator<Sandbox.Config> sandbox, Consumer<SyncFixture> setup) {
        try (SyncFixture fixture = SyncFixture.start(dir, 20, sandbox)) {
            setup.accept(fixture);
            return fixture.program().getBean(Preflight.class).run();
        }
    }

    private static void assertFailed(PreflightReport report, String check, String message) {
        assertThat(report.passed()).isFalse();
        assertThat(report.result(check).verdict()).as(report.render()).isEqualTo(CheckResult.Verdict.FAIL);
        assertThat(report.result(check).detail()).as(report.render()).contains(message);
    }
}
