package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.FaultPlan;
import io.github.sansanghlsync.sandbox.Latency;
import io.github.sansanghlsync.sandbox.ServerSettings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Sansan Open API ({@code /v{X.Y}/me}, {@code /bizCards}, {@code /bizCards/{id}},
 * {@code /persons/{id}}, {@code /tags}) serving seeded Japanese business cards.
 */
public final class SansanEmulator implements AutoCloseable {

    /** Any version prefix such as {@code /v3.2} or {@code /v6.0}; the endpoints are the same in all. */
    private static final Pattern VERSION_PREFIX = Pattern.compile("/v\\d+(\\.\\d+)?(?=/)");
    /** The version the program is expected to call; any other is served the same way. */
    public static final String DEFAULT_VERSION = "v3.2";

    private final SansanConfig config;
    private final SansanSeed seed;
    private final CardStore store;
    private final ReportEndpoints reports;
    private final EmulatorServer server;
    private final Malformations malformations = new Malformations();

    public SansanEmulator(SansanConfig config) {
        this.config = config;
        this.seed = SansanSeed.generate(config.seed(), config.persons(), config.dataFrom(), config.dataTo());
        this.store = new CardStore(seed.cards());
        this.server = new EmulatorServer(
                new ServerSettings("sansan-emulator", config.port(), config.threads(), config.seed(), VERSION_PREFIX),
                new SansanDialect(config));
        new SansanEndpoints(store, seed, malformations, this::now).register(server);
        this.reports = new ReportEndpoints(ReportSeed.generate(seed));
        reports.register(server);
    }

    /** Creates and starts an emulator. */
    public static SansanEmulator start(SansanConfig config) {
        return new SansanEmulator(config).start();
    }

    /** Bad data to serve on purpose (for tests and rehearsals of how the program copes). */
    public Malformations malformations() {
        return malformations;
    }

    public SansanEmulator start() {
        server.start();
        return this;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}: admin paths hang off it directly. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The API root with the default version, e.g. {@code http://127.0.0.1:8081/v3.2}. */
    public String apiBaseUrl() {
        return baseUrl() + "/" + DEFAULT_VERSION;
    }

    public SansanConfig config() {
        return config;
    }

    public String apiKey() {
        return config.apiKey();
    }

    /** The user the API key belongs to ({@code GET /me}); {@code range=me} returns the cards it owns. */
    public SansanUser me() {
        return seed.apiUser();
    }

    /** The seed as generated at start; it does not follow {@link #putCard}/{@link #removeCard}. */
    public SansanSeed seed() {
        return seed;
    }

    /** Every card the emulator serves now, in insertion order. */
    public List<SansanCard> cards() {
        return store.snapshot().cards();
    }

    public Optional<SansanCard> card(String id) {
        return store.find(id);
    }

    /** Adds a card or replaces the one with the same id; the caller sets its updatedTime. */
    public void putCard(SansanCard card) {
        store.put(card);
    }

    /**
     * Adds or replaces a card as a user editing it in Sansan would: its {@code updatedTime} becomes the
     * emulator's clock now (whole seconds, +09:00, the API's precision). Returns the stored card.
     */
    public SansanCard changeCard(SansanCard card) {
        SansanCard changed = card.withUpdatedTime(now());
        store.put(changed);
        return changed;
    }

    /** The emulator's clock now, as Sansan stamps {@code updatedTime}: whole seconds in +09:00. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(config.clock().instant(), ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Every activity report the emulator serves now (seeded by {@link ReportSeed}, plus {@link #putReport}). */
    public List<SansanReport> reports() {
        return reports.all();
    }

    /** Adds a report or replaces the one with the same id; the caller sets its updatedTime. */
    public void putReport(SansanReport report) {
        reports.put(report);
    }

    /** Removes a card (a deletion in Sansan); false when there was none. */
    public boolean removeCard(String id) {
        return store.remove(id);
    }

    public EmulatorStats stats() {
        return server.stats();
    }

    public FaultPlan faults() {
        return server.faults();
    }

    public Latency latency() {
        return server.latency();
    }

    public void setLatency(long minMs, long maxMs) {
        server.latency().set(minMs, maxMs);
    }

    @Override
    public void close() {
        server.close();
    }
}
