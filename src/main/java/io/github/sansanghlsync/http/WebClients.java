package io.github.sansanghlsync.http;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;

/** Builds the WebClients of the API clients: a pooled Reactor Netty connector sized for the writer's concurrency. */
public final class WebClients {

    private WebClients() {
    }

    public static WebClient create(WebClient.Builder builder, String name, int maxConnections, Duration responseTimeout) {
        ConnectionProvider pool = ConnectionProvider.builder(name)
                .maxConnections(Math.max(16, maxConnections))
                .pendingAcquireMaxCount(-1)
                .maxIdleTime(Duration.ofSeconds(20))
                .build();
        HttpClient http = HttpClient.create(pool)
                .responseTimeout(responseTimeout)
                .option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        return builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .build();
    }
}
