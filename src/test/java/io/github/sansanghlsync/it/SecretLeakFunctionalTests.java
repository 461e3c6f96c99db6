package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.preflight.Preflight;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.ghl.GhlOAuth;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full migration on OAuth (tokens rotating mid-run) with DEBUG logging of the program's packages, then a
 * search for every secret in everything the program printed or wrote: output, CSV report, database files,
 * the job repository's parameters, contexts and exit messages.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretLeakFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void noSecretAppearsInOutputReportsDatabaseFilesOrTheJobRepository(CapturedOutput output) throws Exception {
        String encryptionKey = OAuthSetup.newKey();
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        String summaryText;
        Map<String, String> secretsByName = new LinkedHashMap<>();
        List<String> repository = new ArrayList<>();
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 150))) {
            // given: secrets from files and the environment-style properties, debug logging, tokens that expire mid-run
            GhlOAuth oauth = fixture.sandbox.ghl().oauth().accessTokenMaxUses(60);
            Files.writeString(secrets.resolve("sansan-key"), SansanConfig.DEFAULT_API_KEY + "\n");
            Files.writeString(secrets.resolve("client-secret"), oauth.clientSecret() + "\n");
            restrict(secrets.resolve("sansan-key"));
            restrict(secrets.resolve("client-secret"));
            fixture.without("sansan.api-key").without("ghl.oauth.client-secret")
                    .with("sansan.api-key-file", secrets.resolve("sansan-key").toString())
                    .with("ghl.oauth.client-secret-file", secrets.resolve("client-secret").toString())
                    .with("credentials.key", encryptionKey);
            // a system property outranks application.properties, as GHL_*/LOGGING_* environment variables do
            System.setProperty("logging.level.io.github.sansanghlsync", "DEBUG");

            // when: authorize, check, migrate (with refreshes), and a run that fails (revoked authorization)
            OAuthSetup.authorize(fixture);
            String check = fixture.program().getBean(Preflight.class).run().render();
            RunSummary summary = fixture.migrate();
            summaryText = check + summary.render();
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(oauth.refreshCount()).as("tokens rotated during the run").isGreaterThanOrEqualTo(2);
            assertThat(fixture.jdbc().queryForObject("SELECT COUNT(*) FROM SYNC_GHL_TOKEN", Integer.class)).isEqualTo(1);
            for (String table : List.of("BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT",
                    "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION", "SYNC_FAILURE", "SYNC_LINK", "SYNC_GHL_TOKEN")) {
                fixture.jdbc().queryForList("SELECT * FROM " + table).forEach(row -> repository.add(table + " " + row));
            }
            assertThat(repository).anyMatch(row -> row.startsWith("BATCH_STEP_EXECUTION_CONTEXT"));

            secretsByName.put("Sansan API key", SansanConfig.DEFAULT_API_KEY);
            secretsByName.put("GHL private token", GhlConfig.DEFAULT_TOKEN);
            secretsByName.put("OAuth client secret", oauth.clientSecret());
            secretsByName.put("encryption key", encryptionKey);
            oauth.issuedTokens().forEach(token -> secretsByName.put("OAuth token " + token.substring(0, 16) + "...", token));
            fixture.restartProgram();
        } finally {
            System.clearProperty("logging.level.io.github.sansanghlsync");
        }

        // then: the captured output proves DEBUG was on, and no secret is anywhere
        String printed = output.getAll() + summaryText;
        assertThat(printed).contains("DEBUG").contains("renewing the access token");
        List<Path> written = filesUnder(dir.resolve("data"), dir.resolve("reports"));
        assertThat(written).anyMatch(file -> file.getFileName().toString().endsWith(".script"));
        assertThat(written).anyMatch(file -> file.getFileName().toString().endsWith(".csv"));
        for (Map.Entry<String, String> secret : secretsByName.entrySet()) {
            assertThat(printed.contains(secret.getValue())).as("%s in the output", secret.getKey()).isFalse();
            assertThat(repository).as("%s in the job repository or the program's tables", secret.getKey())
                    .noneMatch(row -> row.contains(secret.getValue()));
            for (Path file : written) {
                assertThat(contains(file, secret.getValue())).as("%s in %s", secret.getKey(), file).isFalse();
            }
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not POSIX: nothing to restrict
        }
    }

    private static List<Path> filesUnder(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean contains(Path file, String secret) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
