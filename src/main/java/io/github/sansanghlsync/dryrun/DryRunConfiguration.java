package io.github.sansanghlsync.dryrun;

import io.github.sansanghlsync.ghl.BearerTokens;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.QuotaScheduler;
import io.github.sansanghlsync.job.SyncProperties;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.LinkTable;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** With {@code sync.dry-run=true} (the commands' {@code --dry-run}): the GHL client that sends no writes, and the plan. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DryRunConfiguration.PROPERTY, havingValue = "true")
public class DryRunConfiguration {

    public static final String PROPERTY = "sync.dry-run";

    @Bean
    DryRunPlan dryRunPlan() {
        return new DryRunPlan();
    }

    /** Takes the place of the real client in every step. */
    @Bean
    @Primary
    DryRunGhlClient dryRunGhlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota,
                                    BearerTokens tokens, DryRunPlan plan, LinkTable links) {
        return new DryRunGhlClient(builder, json, properties, quota, tokens, plan, links);
    }

    @Bean
    DryRun dryRun(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DryRunPlan plan, DryRunGhlClient ghl,
                  FailureLedger ledger, JobRepository repository, SyncProperties sync) {
        return new DryRun(new ScratchState(jdbc, new TransactionTemplate(transactionManager)), plan, ghl, ledger, repository, sync);
    }
}
