package io.github.sansanghlsync.it;

import io.github.sansanghlsync.SansanGhlSyncApplication;
import io.github.sansanghlsync.cli.SandboxConnection;
import io.github.sansanghlsync.definition.SyncDefinition;
import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.Sandbox;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A sandbox (both emulators over real HTTP on loopback) plus the real program pointed at it, with its
 * own HSQLDB file database and reports folder: what the functional tests drive.
 */
final class SyncFixture implements AutoCloseable {

    static final OffsetDateTime FROM = SansanConfig.DEFAULT_DATA_FROM;
    static final OffsetDateTime TO = SansanConfig.DEFAULT_DATA_TO.plusDays(1);

    final Sandbox sandbox;
    final Path dir;
    private final Map<String, Object> properties = new HashMap<>();
    private ConfigurableApplicationContext context;
    private Path definition;

    private SyncFixture(Sandbox sandbox, Path dir) {
        this.sandbox = sandbox;
        this.dir = dir;
        properties.putAll(SandboxConnection.properties(sandbox));
        properties.put("sync.data-dir", dir.resolve("data").toString());
        properties.put("sync.reports-dir", dir.resolve("reports").toString());
        // the emulators' rate limits stay on; the tests raise them so runs stay short
        properties.put("sansan.requests-per-second", 200);
        properties.put("ghl.burst-limit", 5_000);
    }

    /** Starts a sandbox of {@code persons} seeded persons, generous rate limits, then applies {@code customise}. */
    static SyncFixture start(Path dir, int persons, UnaryOperator<Sandbox.Config> customise) {
        Sandbox.Config config = Sandbox.Config.defaults();
        config = config.withSansan(config.sansan().withPersons(persons).withRequestsPerSecond(500))
                .withGhl(config.ghl().withBurstLimit(5_000, 10_000));
        return new SyncFixture(Sandbox.start(customise.apply(config)), dir);
    }

    static SyncFixture start(Path dir, int persons) {
        return start(dir, persons, UnaryOperator.identity());
    }

    /** Sets a program property; takes effect for the next context (see {@link #restartProgram()}). */
    SyncFixture with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Removes a program property (e.g. {@code ghl.token}, to use OAuth); takes effect for the next context. */
    SyncFixture without(String name) {
        properties.remove(name);
        return this;
    }

    /**
     * Runs the program on another database than its HSQLDB file, set as a user sets it ({@code platform}:
     * {@code postgresql} picks {@code sql/schema-postgresql.sql}); takes effect for the next context.
     */
    SyncFixture onDatabase(String jdbcUrl, String username, String password, String platform) {
        return with("spring.datasource.url", jdbcUrl).with("spring.datasource.username", username)
                .with("spring.datasource.password", password).with("spring.sql.init.platform", platform);
    }

    Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    /** Runs the program with a sync definition file; the fixture's properties (the sandbox) still win over it. */
    SyncFixture withDefinition(Path file) {
        definition = file;
        return this;
    }

    ConfigurableApplicationContext program() {
        if (context == null) {
            context = SansanGhlSyncApplication.start(properties, definition == null ? null : SyncDefinition.load(definition));
        }
        return context;
    }

    /** Closes the program's context (as a process exit would) so the next call starts a fresh one. */
    void restartProgram() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    RunSummary migrate() throws Exception {
        return program().getBean(Migration.class).migrate(FROM, TO, Duration.ofDays(60));
    }

    /** {@code migrate} without arguments: resumes the unfinished run, as a user re-running the command. */
    RunSummary migrateResume() throws Exception {
        return program().getBean(Migration.class).migrate(null, null, null);
    }

    List<GhlContact> ghlContacts() {
        return sandbox.ghl().contacts(sandbox.ghl().locationId());
    }

    JdbcTemplate jdbc() {
        return program().getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        restartProgram();
        sandbox.close();
    }
}
