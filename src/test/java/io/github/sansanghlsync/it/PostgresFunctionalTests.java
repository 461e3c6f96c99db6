package io.github.sansanghlsync.it;

import io.github.sansanghlsync.ghl.oauth.OAuthTokenStore;
import io.github.sansanghlsync.ghl.oauth.TokenGrant;
import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.retry.RetryFailed;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlOAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jobs on a real PostgreSQL server instead of the HSQLDB file: Spring Batch's job repository,
 * the link table, the failure ledger, the watermark and the OAuth token store all live there.
 */
class PostgresFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void migratesOnPostgresWithRotatingOAuthTokensThenAReRunSendsNothing() throws Exception {
        try (SyncFixture fixture = OAuthSetup.useOAuth(SyncFixture.start(dir, 150)).onDatabase(
                PostgresServer.newDatabase(), PostgresServer.USER, PostgresServer.PASSWORD, "postgresql")) {
            // given: access tokens that expire after 150 requests, so refreshes go through the token store's row lock
            GhlOAuth oauth = fixture.sandbox.ghl().oauth().accessTokenMaxUses(150);
            OAuthSetup.authorize(fixture);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());

            // when
            RunSummary first = fixture.migrate();

            // then: the run completed on PostgreSQL, and no HSQLDB file was made
            assertThat(first.status()).as("failure: %s", first.failure()).isEqualTo("COMPLETED");
            try (Connection connection = fixture.jdbc().getDataSource().getConnection()) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }
            assertThat(hsqldbFiles(fixture)).isEmpty();

            // one contact per valid person, notes, tasks and tags as the seed calls for, nothing twice
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            expected.contactCardByPerson().forEach((person, card) -> {
                assertThat(byPerson.get(person)).as("contacts of person %s", person).hasSize(1);
                assertThat(byPerson.get(person).get(0).lastName()).isEqualTo(card.lastName());
            });
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
            Map<String, GhlContact> contacts = new HashMap<>();
            byPerson.forEach((person, list) -> contacts.put(person, list.get(0)));
            ActivityExpectation.assertHolds(fixture.sandbox.ghl(), contacts, ActivityExpectation.of(
                    fixture.sandbox.sansan().cards(), fixture.sandbox.sansan().reports(), contacts.keySet(), SyncFixture.TO, Map.of()));

            // the program's state is in PostgreSQL: links, ledger (and its report), watermark, job repository, tokens
            assertThat(count(fixture, "SELECT COUNT(*) FROM SYNC_LINK WHERE ENTITY = 'contact' AND GHL_ID IS NOT NULL"))
                    .isEqualTo(first.linkedPersons()).isEqualTo(contacts.size());
            Map<String, String> open = ErrorReportFile.openCodesByCard(ErrorReportFile.read(first.report()));
            expected.codeByRejectedCard().forEach((card, code) -> assertThat(open.get(card)).as("code of card %s", card).isEqualTo(code));
            assertThat(count(fixture, "SELECT COUNT(*) FROM SYNC_FAILURE WHERE STATUS = 'OPEN'")).isEqualTo(first.openFailures());
            OffsetDateTime watermark = fixture.jdbc().queryForObject("SELECT UPPER_BOUND FROM SYNC_WATERMARK", OffsetDateTime.class);
            assertThat(watermark).isAtSameInstantAs(SyncFixture.TO);
            assertThat(count(fixture, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
            assertThat(oauth.refreshCount()).isPositive();
            TokenGrant stored = fixture.program().getBean(OAuthTokenStore.class)
                    .load(fixture.sandbox.ghl().locationId()).orElseThrow().grant();
            assertThat(oauth.isLive(stored.refreshToken())).as("the stored refresh token is the one GHL will accept").isTrue();

            // when: a new run over the same cards, in a new process
            fixture.restartProgram();
            long upsertsBefore = fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert");
            RunSummary second = fixture.program().getBean(Migration.class)
                    .migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1), Duration.ofDays(60));

            // then: everything is unchanged, and GHL hears nothing
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.instanceId()).isNotEqualTo(first.instanceId());
            assertThat(second.counter("contacts.unchanged")).isEqualTo(first.linkedPersons());
            assertThat(second.counter("contacts.created") + second.counter("contacts.updated")).isZero();
            assertThat(second.counter("ghl.requests")).isZero();
            assertThat(fixture.sandbox.ghl().stats().snapshot().requests("POST /contacts/upsert")).isEqualTo(upsertsBefore);

            // when: the open rows are retried (nobody fixed them), reading the ledger page by page
            RunSummary retry = fixture.program().getBean(RetryFailed.class).retry(null, null);

            // then: every open contact row was read back from PostgreSQL and stays open
            assertThat(retry.status()).isEqualTo("COMPLETED");
            assertThat(retry.cardsRead()).isEqualTo(open.size());
            assertThat(count(fixture, "SELECT COUNT(*) FROM SYNC_FAILURE WHERE STATUS = 'OPEN' AND ENTITY = 'contact'"))
                    .isEqualTo(open.size());
        }
    }

    @Test
    void aRunThatFailsOnPostgresResumesThereWithNothingLostOrDuplicated() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 120).onDatabase(
                PostgresServer.newDatabase(), PostgresServer.USER, PostgresServer.PASSWORD, "postgresql")) {
            // given: small chunks, and GHL failing every upsert from the 50th on
            fixture.with("sync.chunk-size", 10).with("sansan.page-size", 25).with("ghl.max-retries", 1);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            fixture.sandbox.ghl().faults().failFrom("POST /contacts/upsert", 50, Fault.status(500));

            // when: the run fails part-way
            RunSummary failed = fixture.migrate();

            // then
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.failure()).contains("500");
            assertThat(fixture.ghlContacts().size()).isBetween(30, 60);

            // when: GHL recovers and the same command is run again in a new process
            fixture.sandbox.ghl().faults().clear();
            fixture.restartProgram();
            RunSummary resumed = fixture.migrateResume();

            // then: the same run completed from its PostgreSQL restart point, nothing lost or twice
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
            assertThat(resumed.executions()).isEqualTo(2);
            assertThat(resumed.cardsRead()).isEqualTo(fixture.sandbox.sansan().cards().size());
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            assertThat(byPerson.keySet()).containsAll(expected.contactCardByPerson().keySet());
            assertThat(byPerson.values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
            assertThat(count(fixture, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(2);
        }
    }

    private static int count(SyncFixture fixture, String sql) {
        return fixture.jdbc().queryForObject(sql, Integer.class);
    }

    private static List<Path> hsqldbFiles(SyncFixture fixture) throws Exception {
        Path data = fixture.dir.resolve("data");
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(file -> file.getFileName().toString().startsWith("sansan-ghl-sync.")).toList();
        }
    }
}
