package io.github.sansanghlsync.bench;

import io.github.sansanghlsync.SansanGhlSyncApplication;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.sansan.SansanConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code scripts/bench-throughput}: the migration at GHL's rate limit with realistic latency (and a naive
 * one-request-at-a-time client on the same cards for comparison), then the engine's own overhead with no
 * limit and no latency at 10,000 and 100,000 persons. The emulators run in a child JVM; this JVM is the
 * sync process (start it with {@code -Xmx256m} to prove the heap bound).
 *
 * <p>Arguments: {@code --limit-persons N} (default 4000), {@code --baseline-cards N} (300),
 * {@code --overhead-persons N,M} (10000,100000; {@code 0} skips), {@code --skip-limit}, {@code --latency-p99-ms N} (2000: the
 * second at-the-limit run's long tail; {@code 0} skips that run).
 */
public final class ThroughputBenchmark {

    private static final OffsetDateTime FROM = SansanConfig.DEFAULT_DATA_FROM;
    private static final OffsetDateTime TO = SansanConfig.DEFAULT_DATA_TO.plusDays(1);
    // GHL's 100 per 10 s scaled up tenfold; the window stays 10 s, so a chunk boundary's pause keeps its real
    // proportion to the window (shrinking the window to 1 s instead makes that pause a third of it)
    private static final int LIMIT = Integer.getInteger("bench.limit", 1_000);
    private static final int LIMIT_WINDOW_MS = Integer.getInteger("bench.window-ms", 10_000);
    private static final double HEADROOM = 0.9;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Path work;

    private ThroughputBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int limitPersons = 4_000;
        int baselineCards = 300;
        List<Integer> overheadPersons = List.of(10_000, 100_000);
        boolean skipLimit = false;
        long p99Ms = 2_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit-persons" -> limitPersons = Integer.parseInt(args[++i]);
                case "--baseline-cards" -> baselineCards = Integer.parseInt(args[++i]);
                case "--overhead-persons" -> overheadPersons = parseList(args[++i]);
                case "--skip-limit" -> skipLimit = true;
                case "--latency-p99-ms" -> p99Ms = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        // system properties outrank application.properties: keep the run's progress lines out of the figures
        System.setProperty("logging.level.io.github.sansanghlsync", "WARN");
        System.setProperty("logging.level.org.springframework.batch.core.job", "WARN");
        ThroughputBenchmark bench = new ThroughputBenchmark(Files.createTempDirectory("bench-throughput"));
        System.out.printf("bench-throughput on %d cores, Java %s, sync JVM max heap %d MB; work dir %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, bench.work);
        if (!skipLimit) {
            bench.atTheLimit(limitPersons, baselineCards, p99Ms);
        }
        for (int persons : overheadPersons) {
            bench.engineOverhead(persons);
        }
        System.exit(0);
    }

    /**
     * (a) GHL limited to 1000 requests per 10 s (GHL's 100 per 10 s, scaled), 150–400 ms latency, uniform, then
     * with a long tail (log-normal, median 275 ms, 99th percentile {@code p99Ms}); (c) the naive baseline.
     */
    private void atTheLimit(int persons, int baselineCards, long p99Ms) throws Exception {
        limitRun(persons, baselineCards, 0);
        if (p99Ms > 0) {
            limitRun(persons, 0, p99Ms);
        }
    }

    private void limitRun(int persons, int baselineCards, long p99Ms) throws Exception {
        System.out.printf("%n== (a) at the limit: %d persons, GHL %d requests / %d ms at %.0f %% headroom, latency 150-400 ms%s ==%n",
                persons, LIMIT, LIMIT_WINDOW_MS, HEADROOM * 100,
                p99Ms > 0 ? " with a long tail (log-normal, median 275 ms, p99 " + p99Ms + " ms)" : " (uniform)");
        Map<String, Object> sandbox = new HashMap<>();
        sandbox.put("sandbox.persons", persons);
        sandbox.put("sandbox.ghl.burst-limit", LIMIT);
        sandbox.put("sandbox.ghl.burst-window-ms", LIMIT_WINDOW_MS);
        sandbox.put("sandbox.ghl.latency-min-ms", 150);
        sandbox.put("sandbox.ghl.latency-max-ms", 400);
        if (p99Ms > 0) {
            sandbox.put("sandbox.ghl.latency-p99-ms", p99Ms);
        }
        try (SandboxProcess emulators = SandboxProcess.start(sandbox, work.resolve("sandbox-limit-" + p99Ms + ".log"))) {
            Map<String, Object> program = program(emulators, "limit-" + p99Ms);
            program.put("ghl.burst-limit", LIMIT);
            program.put("ghl.burst-window", LIMIT_WINDOW_MS + "ms");
            program.put("ghl.headroom", HEADROOM);
            List<long[]> samples = new ArrayList<>();
            RunSummary summary;
            Map<String, Double> stepSeconds;
            long[] contactsStep;
            try (ConfigurableApplicationContext context = SansanGhlSyncApplication.start(program)) {
                GhlClient ghl = context.getBean(GhlClient.class);
                Sampler sampler = new Sampler("bench-sampler", 50, () -> {
                    synchronized (samples) {
                        samples.add(new long[] {System.nanoTime(), ghl.requestCount(), System.currentTimeMillis()});
                    }
                });
                summary = context.getBean(Migration.class).migrate(FROM, TO, Duration.ofDays(90));
                stepSeconds = stepSeconds(context.getBean(JdbcTemplate.class), summary.instanceId());
                contactsStep = stepWindow(context.getBean(JdbcTemplate.class), summary.instanceId(), "contacts");
                sampler.close();
            }
            JsonNode stats = emulators.ghlStats();
            double configured = LIMIT * HEADROOM * 1000.0 / LIMIT_WINDOW_MS;
            double steady = steadyRate(samples, LIMIT_WINDOW_MS);
            double steadyContacts = steadyRate(samples.stream().filter(x -> x[2] >= contactsStep[0] && x[2] <= contactsStep[1])
                    .toList(), LIMIT_WINDOW_MS);
            long written = summary.counter("contacts.created") + summary.counter("contacts.updated");
            double seconds = summary.elapsed().toMillis() / 1000.0;
            System.out.printf("  run %s: %,d cards, %,d contacts written, %,d GHL requests in %.1f s%n", summary.status(),
                    summary.cardsRead(), written, summary.counter("ghl.requests"), seconds);
            System.out.printf("  steady-state GHL rate ......... %.1f requests/s = %.3f of the configured %.0f/s (%.3f of GHL's limit)%n",
                    steady, steady / configured, configured, steady / (LIMIT * 1000.0 / LIMIT_WINDOW_MS));
            System.out.printf("  ... in the contacts step ...... %.1f requests/s = %.3f of the configured rate (%.1f s; the rest is notes, "
                    + "tasks and tags, whose chunks carry fewer requests)%n", steadyContacts, steadyContacts / configured,
                    (contactsStep[1] - contactsStep[0]) / 1000.0);
            System.out.printf("  429s received ................. %d%n", stats.path("tooManyRequests").asLong());
            System.out.printf("  peak requests in flight ....... %d%n", stats.path("peakConcurrent").asLong());
            long upserts = stats.path("requests").path("POST /contacts/upsert").asLong();
            long moves = stats.path("requests").path("PUT /contacts/{contactId}").asLong();
            System.out.printf("  GHL requests per contact ...... %.3f for the contact itself (upserts %d, identity moves %d); "
                            + "%.3f with its notes, tasks and tags%n", (double) (upserts + moves) / written, upserts, moves,
                    (double) summary.counter("ghl.requests") / written);
            System.out.printf("  cards/s end to end ............ %.1f%n", summary.cardsRead() / seconds);
            if (baselineCards <= 0) {
                return;
            }

            emulators.resetGhl();
            NaiveClient naive = new NaiveClient(emulators);
            long start = System.nanoTime();
            int cards = naive.run(baselineCards);
            double naiveSeconds = (System.nanoTime() - start) / 1e9;
            double perCard = naiveSeconds / cards;
            double naiveTotal = perCard * summary.cardsRead();
            System.out.printf("%n== (c) baseline: one request at a time, search then create/update, same emulators ==%n");
            System.out.printf("  %d cards in %.1f s (%.2f s per card, %.2f GHL requests per card)%n", cards, naiveSeconds, perCard,
                    (double) naive.requests / cards);
            System.out.printf("  all %,d cards at that pace ..... %.0f s (extrapolated from the %d measured)%n",
                    summary.cardsRead(), naiveTotal, cards);
            double contactsSeconds = stepSeconds.getOrDefault("contacts", seconds);
            System.out.printf("  our time / its time ........... %.3f (%.1fx faster) for our contacts step (%.1f s), which is what it"
                    + " does; %.3f for our whole run, notes, tasks and tags included%n", contactsSeconds / naiveTotal,
                    naiveTotal / contactsSeconds, contactsSeconds, seconds / naiveTotal);
        }
    }

    /** (b) no limit, no latency: what the engine itself costs, and that its heap does not grow with the cards. */
    private void engineOverhead(int persons) throws Exception {
        System.out.printf("%n== (b) engine overhead: %,d persons, no rate limit, no latency ==%n", persons);
        Map<String, Object> sandbox = new HashMap<>();
        sandbox.put("sandbox.persons", persons);
        sandbox.put("sandbox.ghl.burst-limit", 1_000_000);
        sandbox.put("sandbox.ghl.burst-window-ms", 1_000);
        sandbox.put("sandbox.ghl.daily-limit", 1_000_000_000L);
        sandbox.put("sandbox.sansan.requests-per-second", 100_000);
        long seedStart = System.nanoTime();
        try (SandboxProcess emulators = SandboxProcess.start(sandbox, work.resolve("sandbox-" + persons + ".log"))) {
            System.out.printf("  emulators up with the seed in %.1f s (child JVM)%n", (System.nanoTime() - seedStart) / 1e9);
            Map<String, Object> program = program(emulators, "overhead-" + persons);
            program.put("ghl.burst-limit", 1_000_000);
            program.put("ghl.burst-window", "1s");
            program.put("ghl.daily-reserve", 0);
            program.put("sansan.requests-per-second", 100_000);
            HeapWatch watch = HeapWatch.start();
            RunSummary summary;
            Map<String, Double> stepSeconds;
            double load = OS.getSystemLoadAverage();
            long syncCpu = OS.getProcessCpuTime();
            Duration emulatorCpu = emulators.cpu();
            ReadProgress contactsRead;
            try (ConfigurableApplicationContext context = SansanGhlSyncApplication.start(program)) {
                contactsRead = ReadProgress.start(context.getBean(JdbcTemplate.class), "contacts");
                summary = context.getBean(Migration.class).migrate(FROM, TO, Duration.ofDays(90));
                contactsRead.stop();
                stepSeconds = stepSeconds(context.getBean(JdbcTemplate.class), summary.instanceId());
            }
            if (Boolean.getBoolean("bench.threads")) {
                java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                java.util.Map<String, Long> byName = new java.util.TreeMap<>();
                for (long id : threads.getAllThreadIds()) {
                    java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
                    if (info != null) {
                        byName.merge(info.getThreadName().replaceAll("\\d+", "#"), threads.getThreadCpuTime(id), Long::sum);
                    }
                }
                byName.forEach((name, nanos) -> System.out.printf("    thread %-40s %.1f s%n", name, nanos / 1e9));
                for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                    System.out.printf("    gc %s: %d collections, %.1f s%n", gc.getName(), gc.getCollectionCount(), gc.getCollectionTime() / 1e3);
                }
            }
            double syncCpuSeconds = (OS.getProcessCpuTime() - syncCpu) / 1e9;
            double emulatorCpuSeconds = emulators.cpu().minus(emulatorCpu).toMillis() / 1000.0;
            watch.stop();
            long written = summary.counter("contacts.created") + summary.counter("contacts.updated");
            double seconds = summary.elapsed().toMillis() / 1000.0;
            System.out.printf("  run %s: %,d cards, %,d contacts written, %,d GHL requests (%.3f per contact) in %.1f s%n",
                    summary.status(), summary.cardsRead(), written, summary.counter("ghl.requests"),
                    (double) summary.counter("ghl.requests") / written, seconds);
            System.out.printf("  cards/s end to end ............ %.0f (every step: contacts, then notes, tasks and tags)%n",
                    summary.cardsRead() / seconds);
            System.out.printf("  cards/s of the contacts step .. %.0f%n", summary.cardsRead() / stepSeconds.getOrDefault("contacts", seconds));
            System.out.printf("  ... its second half ........... %.0f (cards/s from half of the step's cards to all of them; in a step of"
                    + " a minute, after the JIT compilers' warm-up)%n", contactsRead.secondHalfRate());
            System.out.printf("  seconds by step ............... %s%n", stepSeconds.entrySet().stream()
                    .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
            System.out.printf("  CPU seconds ................... sync process %.1f, emulators %.1f (%d cores; load average %.1f before,"
                            + " %.1f after)%n", syncCpuSeconds, emulatorCpuSeconds, Runtime.getRuntime().availableProcessors(), load,
                    OS.getSystemLoadAverage());
            System.out.printf("  sync process peak heap ........ %d MB used (sampled every 50 ms; JVM max %d MB)%n",
                    watch.peakUsed >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  live heap (after a full GC) ... %d MB at most (checked every 5 s)%n", watch.peakLive >> 20);
        }
    }

    /** Wall seconds of each step of the run's executions, in the order they ran. */
    private static Map<String, Double> stepSeconds(JdbcTemplate jdbc, long instanceId) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        jdbc.query("SELECT s.STEP_NAME, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION j "
                + "ON s.JOB_EXECUTION_ID = j.JOB_EXECUTION_ID WHERE j.JOB_INSTANCE_ID = ? ORDER BY s.STEP_EXECUTION_ID", rs -> {
            Timestamp start = rs.getTimestamp(2);
            Timestamp end = rs.getTimestamp(3);
            if (start != null && end != null) {
                seconds.merge(rs.getString(1), (end.getTime() - start.getTime()) / 1000.0, Double::sum);
            }
        }, instanceId);
        return seconds;
    }

    /** Start and end (epoch milliseconds) of a step of the run's last execution. */
    private static long[] stepWindow(JdbcTemplate jdbc, long instanceId, String step) {
        return jdbc.query("SELECT s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION j "
                + "ON s.JOB_EXECUTION_ID = j.JOB_EXECUTION_ID WHERE j.JOB_INSTANCE_ID = ? AND s.STEP_NAME = ? "
                + "ORDER BY s.STEP_EXECUTION_ID DESC", (rs, i) -> new long[] {rs.getTimestamp(1).getTime(),
                rs.getTimestamp(2).getTime()}, instanceId, step).get(0);
    }

    /** A daemon thread that takes a sample every {@code millis} until closed (measuring, not synchronising). */
    private static final class Sampler implements AutoCloseable {

        private final Thread thread;

        Sampler(String name, long millis, Runnable sample) {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample.run();
                    try {
                        Thread.sleep(millis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }

    /** Samples a step's committed read count twice a second (the job repository's own figure) during a run. */
    private static final class ReadProgress {

        private final List<long[]> samples = new ArrayList<>();
        private final Sampler sampler;

        private ReadProgress(JdbcTemplate jdbc, String step) {
            sampler = new Sampler("bench-read-progress", 500, () -> {
                List<Long> read = jdbc.queryForList("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? "
                        + "ORDER BY STEP_EXECUTION_ID DESC LIMIT 1", Long.class, step);
                if (!read.isEmpty()) {
                    synchronized (samples) {
                        samples.add(new long[] {System.nanoTime(), read.get(0)});
                    }
                }
            });
        }

        static ReadProgress start(JdbcTemplate jdbc, String step) {
            return new ReadProgress(jdbc, step);
        }

        void stop() throws InterruptedException {
            sampler.close();
        }

        /** Items read per second from the first sample at half the step's final count to the first at its end. */
        double secondHalfRate() {
            synchronized (samples) {
                long total = samples.get(samples.size() - 1)[1];
                long[] half = samples.stream().filter(s -> s[1] >= total / 2).findFirst().orElseThrow();
                long[] end = samples.stream().filter(s -> s[1] == total).findFirst().orElseThrow();
                return end[0] == half[0] ? Double.NaN : (end[1] - half[1]) / ((end[0] - half[0]) / 1e9);
            }
        }
    }

    /** Samples the heap in use, and every 5 s what is left after a full GC (the live set), during a run. */
    private static final class HeapWatch {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long nextGc = System.nanoTime() + 5_000_000_000L;
        private volatile long peakUsed;
        private volatile long peakLive;
        private Sampler sampler;

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.sampler = new Sampler("bench-heap-watch", 50, watch::sample);
            return watch;
        }

        private void sample() {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            if (System.nanoTime() > nextGc) {
                System.gc();
                peakLive = Math.max(peakLive, memory.getHeapMemoryUsage().getUsed());
                nextGc = System.nanoTime() + 5_000_000_000L;
            }
        }

        void stop() throws InterruptedException {
            sampler.close();
        }
    }

    private Map<String, Object> program(SandboxProcess emulators, String name) {
        Map<String, Object> program = new HashMap<>(emulators.connection());
        program.put("sync.data-dir", work.resolve(name).resolve("data").toString());
        program.put("sync.reports-dir", work.resolve(name).resolve("reports").toString());
        return program;
    }

    /**
     * Requests per second in steady state: from one and a half windows after the first request (the opening
     * burst the sliding window allows is over) to the moment 90 % of all requests had been sent.
     */
    private static double steadyRate(List<long[]> samples, long windowMillis) {
        long total = samples.get(samples.size() - 1)[1];
        long[] first = samples.stream().filter(s -> s[1] > 0).findFirst().orElseThrow();
        long[] from = samples.stream().filter(s -> s[0] >= first[0] + windowMillis * 1_500_000L).findFirst().orElseThrow();
        long[] to = samples.stream().filter(s -> s[1] >= total * 0.9).findFirst().orElseThrow();
        if (to[0] <= from[0]) {
            throw new IllegalStateException("the run is too short for a steady state: raise --limit-persons");
        }
        return (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
    }

    private static List<Integer> parseList(String value) {
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank() && Integer.parseInt(part.trim()) > 0) {
                list.add(Integer.parseInt(part.trim()));
            }
        }
        return list;
    }
}
