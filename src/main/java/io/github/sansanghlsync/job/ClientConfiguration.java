package io.github.sansanghlsync.job;

import io.github.sansanghlsync.ghl.BearerTokens;
import io.github.sansanghlsync.ghl.DailyBudget;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.QuotaScheduler;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.LinkTable;
import io.github.sansanghlsync.sansan.SansanClient;
import io.github.sansanghlsync.sansan.SansanProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** The API clients and the program's own state tables, shared by every job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SansanProperties.class, GhlProperties.class, SyncProperties.class})
public class ClientConfiguration {

    @Bean
    SansanClient sansanClient(WebClient.Builder builder, JsonMapper json, SansanProperties properties) {
        return new SansanClient(builder, json, properties);
    }

    /** One scheduler per location, shared by every step and thread writing to it. */
    @Bean
    QuotaScheduler ghlQuotaScheduler(GhlProperties properties) {
        return new QuotaScheduler(properties.burstLimit(), properties.burstWindow(), properties.headroom());
    }

    @Bean
    DailyBudget ghlDailyBudget(GhlProperties properties) {
        return new DailyBudget(properties.dailyReserve(), properties.dailyResetZone());
    }

    /** Stops every step that writes to GHL at a chunk boundary once the daily budget is down to its reserve. */
    @Bean
    DailyBudgetInterruption ghlDailyBudgetInterruption(QuotaScheduler quota, DailyBudget budget) {
        return new DailyBudgetInterruption(quota, budget, java.time.Clock.systemUTC());
    }

    @Bean
    GhlClient ghlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota,
                        BearerTokens tokens) {
        return new GhlClient(builder, json, properties, quota, tokens);
    }

    @Bean
    LinkTable linkTable(JdbcTemplate jdbc) {
        return new LinkTable(jdbc);
    }

    @Bean
    FailureLedger failureLedger(JdbcTemplate jdbc) {
        return new FailureLedger(jdbc);
    }
}
