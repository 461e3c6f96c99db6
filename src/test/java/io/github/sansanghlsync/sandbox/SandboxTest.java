package io.github.sansanghlsync.sandbox;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTest {

    @Test
    void startsBothEmulatorsOnFreePortsAndDescribesThem() {
        try (Sandbox sandbox = Sandbox.start(Sandbox.Config.defaults())) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Sandbox.describe(sandbox, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String text = printed.toString(StandardCharsets.UTF_8);

            assertThat(sandbox.sansan().port()).isPositive().isNotEqualTo(sandbox.ghl().port());
            assertThat(HttpProbe.get(sandbox.sansan().apiBaseUrl() + "/me",
                    "X-Sansan-Api-Key", sandbox.sansan().apiKey()).status()).isEqualTo(200);
            assertThat(HttpProbe.get(sandbox.ghl().baseUrl() + "/_admin/stats").status()).isEqualTo(200);
            assertThat(text).contains(sandbox.sansan().apiBaseUrl(), "sandboxSansanApiKey0000000000000",
                    sandbox.ghl().baseUrl(), "Bearer sandbox-ghl-token", "sandboxLocation0001", "contact.job_title");
        }
    }

    @Test
    void defaultsMatchTheDocumentedCredentials() {
        Sandbox.Config standalone = Sandbox.Config.standalone();

        assertThat(standalone.sansan().port()).isEqualTo(8081);
        assertThat(standalone.ghl().port()).isEqualTo(8082);
        assertThat(standalone.sansan().apiKey()).hasSize(32).matches("[A-Za-z0-9]+");
        assertThat(standalone.ghl().tokens()).containsKey("sandbox-ghl-token");
    }
}
