package io.github.sansanghlsync.ghl;

import io.github.sansanghlsync.credentials.SecretFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how to reach the GHL API ({@code ghl.*}, or {@code GHL_*} in the environment).
 *
 * @param baseUrl        e.g. {@code https://services.leadconnectorhq.com}
 * @param locationId     the sub-account (location) contacts are written to
 * @param token          a private integration token for that location; never logged
 * @param apiVersion     the {@code Version} header
 * @param concurrency    requests in flight at once per writer
 * @param burstLimit     requests per burst window GHL allows (corrected from {@code X-RateLimit-Max})
 * @param burstWindow    the burst window (corrected from {@code X-RateLimit-Interval-Milliseconds})
 * @param headroom       share of the burst limit this program uses, leaving the rest to people using GHL
 * @param timeout        per-request response timeout
 * @param maxRetries     retries of a transient failure (429, 5xx, I/O) before the step fails
 * @param tokenFile      a file holding the private integration token instead of {@code token}
 * @param dailyReserve   requests per day left to people using GHL: a run stops when
 *                       {@code X-RateLimit-Daily-Remaining} falls below it
 * @param dailyResetZone the time zone whose midnight GHL's daily budget resets at (undocumented by GHL; UTC)
 */
@ConfigurationProperties("ghl")
public record GhlProperties(
        String baseUrl,
        String locationId,
        String token,
        String apiVersion,
        Integer concurrency,
        Integer burstLimit,
        Duration burstWindow,
        Double headroom,
        Duration timeout,
        Integer maxRetries,
        Path tokenFile,
        Long dailyReserve,
        java.time.ZoneId dailyResetZone) {

    @ConstructorBinding
    public GhlProperties {
        token = SecretFile.valueOrFile(token, tokenFile, "ghl.token-file");
        baseUrl = baseUrl == null ? "https://services.leadconnectorhq.com" : baseUrl.replaceAll("/+$", "");
        apiVersion = apiVersion == null ? "2021-07-28" : apiVersion;
        burstLimit = burstLimit == null ? 100 : burstLimit;
        burstWindow = burstWindow == null ? Duration.ofSeconds(10) : burstWindow;
        headroom = headroom == null ? 0.9 : headroom;
        concurrency = concurrency == null ? defaultConcurrency(burstLimit, burstWindow, headroom) : Math.max(1, concurrency);
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxRetries = maxRetries == null ? 8 : maxRetries;
        dailyReserve = dailyReserve == null ? 1_000L : Math.max(0, dailyReserve);
        dailyResetZone = dailyResetZone == null ? java.time.ZoneOffset.UTC : dailyResetZone;
    }

    /**
     * Requests in flight needed to reach the paced rate (Little's law): the rate times a slow answer (1 s
     * covers GHL's usual 150–400 ms twice over, and the burst after a chunk boundary), at least 16.
     */
    static int defaultConcurrency(int burstLimit, Duration burstWindow, double headroom) {
        double perSecond = burstLimit * headroom * 1000.0 / Math.max(1, burstWindow.toMillis());
        return (int) Math.min(256, Math.max(16, Math.ceil(perSecond)));
    }

    public GhlProperties(String baseUrl, String locationId, String token, String apiVersion, Integer concurrency,
                         Integer burstLimit, Duration burstWindow, Double headroom, Duration timeout, Integer maxRetries) {
        this(baseUrl, locationId, token, apiVersion, concurrency, burstLimit, burstWindow, headroom, timeout, maxRetries, null);
    }

    public GhlProperties(String baseUrl, String locationId, String token, String apiVersion, Integer concurrency,
                         Integer burstLimit, Duration burstWindow, Double headroom, Duration timeout, Integer maxRetries,
                         Path tokenFile) {
        this(baseUrl, locationId, token, apiVersion, concurrency, burstLimit, burstWindow, headroom, timeout, maxRetries,
                tokenFile, null, null);
    }

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "GhlProperties[baseUrl=" + baseUrl + ", locationId=" + locationId + ", token=" + (token == null ? "unset" : "***")
                + ", concurrency=" + concurrency + ", burstLimit=" + burstLimit + ", headroom=" + headroom
                + ", dailyReserve=" + dailyReserve + "]";
    }
}
