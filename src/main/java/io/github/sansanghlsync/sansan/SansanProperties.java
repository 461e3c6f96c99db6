package io.github.sansanghlsync.sansan;

import io.github.sansanghlsync.credentials.SecretFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how to reach the Sansan Open API ({@code sansan.*}, or {@code SANSAN_*} in the environment).
 *
 * @param baseUrl            API host without the version, e.g. {@code https://api.sansan.com}
 * @param apiVersion         path version segment, e.g. {@code v3.2}
 * @param apiKey             the {@code X-Sansan-Api-Key}; never logged
 * @param pageSize           {@code limit} per page, at most 300
 * @param requestsPerSecond  client-side pacing; Sansan documents no rate-limit headers
 * @param timeout            per-request response timeout
 * @param maxRetries         retries of a transient failure (429, 5xx, I/O) before the step fails
 * @param apiKeyFile         a file holding the API key instead of {@code apiKey}
 * @param reportsApiVersion  path version segment of {@code /reports} (activity reports live on v6.0)
 */
@ConfigurationProperties("sansan")
public record SansanProperties(
        String baseUrl,
        String apiVersion,
        String apiKey,
        Integer pageSize,
        Double requestsPerSecond,
        Duration timeout,
        Integer maxRetries,
        Path apiKeyFile,
        String reportsApiVersion) {

    @ConstructorBinding
    public SansanProperties {
        apiKey = SecretFile.valueOrFile(apiKey, apiKeyFile, "sansan.api-key-file");
        baseUrl = baseUrl == null ? "https://api.sansan.com" : baseUrl.replaceAll("/+$", "");
        apiVersion = apiVersion == null ? "v3.2" : apiVersion;
        pageSize = pageSize == null ? 300 : Math.max(1, Math.min(300, pageSize));
        requestsPerSecond = requestsPerSecond == null ? 5.0 : requestsPerSecond;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxRetries = maxRetries == null ? 6 : maxRetries;
        reportsApiVersion = reportsApiVersion == null ? "v6.0" : reportsApiVersion;
    }

    public SansanProperties(String baseUrl, String apiVersion, String apiKey, Integer pageSize, Double requestsPerSecond,
                            Duration timeout, Integer maxRetries) {
        this(baseUrl, apiVersion, apiKey, pageSize, requestsPerSecond, timeout, maxRetries, null, null);
    }

    /** Keeps the key out of logs and exception messages. */
    @Override
    public String toString() {
        return "SansanProperties[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", apiKey=" + (apiKey == null ? "unset" : "***")
                + ", pageSize=" + pageSize + ", requestsPerSecond=" + requestsPerSecond + "]";
    }
}
