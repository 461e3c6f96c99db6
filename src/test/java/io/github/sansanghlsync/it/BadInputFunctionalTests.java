package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.Fault;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.sansan.Malformations;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over thirty kinds of malformed Sansan data, served by the emulator as the real API might: each bad
 * card gets a clear code in the ledger (or, where the data is odd but usable, arrives cleaned), the
 * run goes on, nothing is silently dropped; a page that is not JSON fails the run clearly and a
 * re-run gets past it; an expired page token costs a re-read, not the run.
 */
class BadInputFunctionalTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DELIVERED = "DELIVERED";

    @TempDir
    Path dir;

    /** A kind of bad data: how the card's JSON is spoiled, and what must become of it. */
    private record Kind(String name, Function<ObjectNode, JsonNode> spoil, String expected, Predicate<GhlContact> check) {

        static Kind rejected(String name, String code, Function<ObjectNode, JsonNode> spoil) {
            return new Kind(name, spoil, code, contact -> true);
        }

        static Kind delivered(String name, Function<ObjectNode, JsonNode> spoil, Predicate<GhlContact> check) {
            return new Kind(name, spoil, DELIVERED, check);
        }
    }

    private static Function<ObjectNode, JsonNode> set(String field, JsonNode value) {
        return json -> json.set(field, value);
    }

    private static Function<ObjectNode, JsonNode> set(String field, String value) {
        return json -> json.put(field, value);
    }

    private static Function<ObjectNode, JsonNode> remove(String field) {
        return json -> {
            json.remove(field);
            return json;
        };
    }

    private static List<Kind> kinds() {
        String longMemo = "メモ".repeat(5_000);
        return List.of(
                Kind.rejected("lastName is an object", "SANSAN_MALFORMED_CARD", set("lastName", NODES.objectNode().put("a", 1))),
                Kind.rejected("personId is an array", "SANSAN_MALFORMED_CARD", set("personId", NODES.arrayNode().add("x"))),
                Kind.rejected("tags is a string", "SANSAN_MALFORMED_CARD", set("tags", "重要顧客")),
                Kind.rejected("owner is a string", "SANSAN_MALFORMED_CARD", set("owner", "山田 太郎")),
                Kind.rejected("owner.id is an object", "SANSAN_MALFORMED_CARD",
                        set("owner", NODES.objectNode().set("id", NODES.objectNode()))),
                Kind.rejected("email is a number", "SANSAN_INVALID_EMAIL", set("email", NODES.numberNode(12345))),
                Kind.rejected("email is a boolean", "SANSAN_INVALID_EMAIL", set("email", NODES.booleanNode(true))),
                Kind.rejected("personId missing", "SANSAN_MISSING_ID", remove("personId")),
                Kind.rejected("personId null", "SANSAN_MISSING_ID", set("personId", NODES.nullNode())),
                Kind.rejected("personId blank", "SANSAN_MISSING_ID", set("personId", "  ")),
                Kind.rejected("updatedTime not a date", "SANSAN_INVALID_DATE", set("updatedTime", "2024-13-45T99:00:00+09:00")),
                Kind.rejected("updatedTime missing", "SANSAN_INVALID_DATE", remove("updatedTime")),
                Kind.rejected("exchangeDate with slashes", "SANSAN_INVALID_DATE", set("exchangeDate", "2024/04/01")),
                Kind.rejected("registeredTime is a word", "SANSAN_INVALID_DATE", set("registeredTime", "yesterday")),
                Kind.rejected("entryStatus unknown", "SANSAN_CARD_NOT_COMPLETED", set("entryStatus", "weird")),
                Kind.rejected("entryStatus missing", "SANSAN_CARD_NOT_COMPLETED", remove("entryStatus")),
                Kind.rejected("names empty", "SANSAN_NO_NAME", json -> json.put("lastName", "").put("firstName", "")),
                Kind.rejected("names full-width spaces", "SANSAN_NO_NAME", json -> json.put("lastName", "　").put("firstName", "\t")),
                Kind.rejected("names only control characters", "SANSAN_NO_NAME",
                        json -> json.put("lastName", "\u0000\u0007").putNull("firstName")),
                Kind.rejected("email with a comma", "SANSAN_INVALID_EMAIL", set("email", "a,b@example.co.jp")),
                Kind.rejected("email without a domain", "SANSAN_INVALID_EMAIL", set("email", "taro@")),
                Kind.rejected("tel with letters", "SANSAN_INVALID_PHONE", json -> json.put("tel", "03-ABCD-5678").putNull("mobile")),
                Kind.rejected("mobile too short", "SANSAN_INVALID_PHONE", set("mobile", "090-12")),
                Kind.rejected("no e-mail, no phone", "SANSAN_NO_EMAIL_OR_PHONE",
                        json -> json.putNull("email").putNull("tel").putNull("mobile").putNull("secondTel")),
                Kind.rejected("lastName of 300 characters", "SANSAN_FIELD_TOO_LONG", set("lastName", "長".repeat(300))),
                Kind.rejected("companyName of 1000 characters", "SANSAN_FIELD_TOO_LONG", set("companyName", "株".repeat(1000))),
                Kind.delivered("control characters in the company", set("companyName", "株式会社\u0000サンプル\u0007"),
                        contact -> "株式会社サンプル".equals(contact.companyName())),
                Kind.delivered("a 10,000-character memo", set("memo", longMemo), contact -> true),
                Kind.delivered("emoji in the first name", set("firstName", "花子😀"), contact -> "花子😀".equals(contact.firstName())),
                Kind.delivered("rare kanji outside the BMP", set("lastName", "𠮷田"), contact -> "𠮷田".equals(contact.lastName())),
                Kind.delivered("full-width e-mail", set("email", "ＴＡＲＯ．ＹＡＭＡＤＡ＠ＥＸＡＭＰＬＥ．ＣＯ．ＪＰ"),
                        contact -> "taro.yamada@example.co.jp".equalsIgnoreCase(contact.email())),
                Kind.delivered("full-width postal code", set("postalCode", "１５０－０００１"),
                        contact -> "150-0001".equals(contact.postalCode())),
                Kind.delivered("unknown country code", set("countryCode", "ZZZ"), contact -> "JP".equals(contact.country())),
                Kind.delivered("unknown extra fields", json -> json.set("brandNewField", NODES.objectNode().put("x", 1)),
                        contact -> true));
    }

    @Test
    void everyKindOfBadCardGetsItsCodeOrArrivesCleanedAndTheRunGoesOn() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 200)) {
            // given: each kind spoils one card of its own (a person with one good, unshared card)
            SansanSeed seed = fixture.sandbox.sansan().seed();
            List<SansanCard> cards = fixture.sandbox.sansan().cards();
            Set<String> shared = seed.sharedIdentities().stream().flatMap(s -> s.cardIds().stream()).collect(Collectors.toSet());
            Map<String, Long> cardsPerPerson = cards.stream().collect(Collectors.groupingBy(SansanCard::personId, Collectors.counting()));
            List<SansanCard> victims = cards.stream()
                    .filter(card -> cardsPerPerson.get(card.personId()) == 1 && seed.badKind(card.id()).isEmpty()
                            && !shared.contains(card.id()) && card.email() != null)
                    .toList();
            List<Kind> kinds = kinds();
            assertThat(kinds).hasSizeGreaterThanOrEqualTo(30);
            Malformations bad = fixture.sandbox.sansan().malformations();
            Map<SansanCard, Kind> spoiled = new LinkedHashMap<>();
            for (int i = 0; i < kinds.size(); i++) {
                spoiled.put(victims.get(i), kinds.get(i));
                bad.patchCard(victims.get(i).id(), kinds.get(i).spoil());
            }
            // plus a card id served twice (with different content) and a page element that is not an object at all
            SansanCard twin = victims.get(kinds.size());
            bad.patchCard(victims.get(kinds.size() + 1).id(), json -> json.put("id", twin.id()).put("personId", twin.personId()));
            SansanCard nulled = victims.get(kinds.size() + 2);
            bad.patchCard(nulled.id(), json -> NODES.nullNode());

            // when
            RunSummary summary = fixture.migrate();

            // then: the run completed, every card read
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.cardsRead()).isEqualTo(cards.size());
            List<Map<String, String>> report = ErrorReportFile.read(summary.report());
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(fixture.sandbox.ghl());
            List<String> wrong = new ArrayList<>();
            spoiled.forEach((card, kind) -> {
                if (kind.expected().equals(DELIVERED)) {
                    List<GhlContact> contacts = byPerson.getOrDefault(card.personId(), List.of());
                    if (contacts.size() != 1 || !kind.check().test(contacts.get(0))) {
                        wrong.add(kind.name() + ": expected delivered, GHL has " + contacts);
                    }
                    return;
                }
                // rows are found by card id, or by person id when the id itself was spoiled
                List<String> codes = report.stream().filter(row -> row.get("entity").equals("contact"))
                        .filter(row -> row.get("sansan_id").equals(card.id()) || card.personId().equals(row.get("parent_id")))
                        .map(row -> row.get("error_code")).toList();
                if (!codes.equals(List.of(kind.expected()))) {
                    wrong.add(kind.name() + ": expected " + kind.expected() + ", report has " + codes);
                }
                if (byPerson.containsKey(card.personId())) {
                    wrong.add(kind.name() + ": rejected card reached GHL");
                }
            });
            assertThat(wrong).isEmpty();
            // the twin is one contact, the non-object element is reported
            assertThat(byPerson.get(twin.personId())).hasSize(1);
            assertThat(report).anyMatch(row -> row.get("error_code").equals("SANSAN_MALFORMED_CARD")
                    && row.get("message").contains("not a JSON object"));
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }

    @Test
    void aPageThatIsNotJsonFailsTheRunClearlyAndARerunGetsPastIt() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 100)) {
            // given: after two good pages, Sansan sends the third cut off mid-JSON, also when asked again
            // (a page broken once is absorbed: a failed prefetch is simply fetched again)
            fixture.with("sansan.page-size", 20);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            fixture.sandbox.sansan().malformations().breakPages(2, 2);

            // when
            RunSummary first = fixture.migrate();

            // then: a clear failure, naming the cause
            assertThat(first.status()).isEqualTo("FAILED");
            assertThat(first.failure()).contains("unreadable page").contains("not valid JSON");

            // when: the same command again (Sansan serves the page properly now)
            fixture.restartProgram();
            RunSummary again = fixture.migrateResume();

            // then
            assertThat(again.status()).isEqualTo("COMPLETED");
            assertThat(again.cardsRead()).isEqualTo(fixture.sandbox.sansan().cards().size());
            assertThat(GhlState.contactsByPerson(fixture.sandbox.ghl()).keySet())
                    .containsAll(expected.contactCardByPerson().keySet());
        }
    }

    @Test
    void anExpiredPageTokenCostsAReReadOfTheWindowNotTheRun() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 100)) {
            // given: a run that failed in the middle of a window, on a page reached with a token
            fixture.with("sansan.page-size", 10).with("sync.chunk-size", 5).with("ghl.max-retries", 0)
                    .with("sync.window", "P400D");
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            fixture.sandbox.ghl().faults().failFrom("POST /contacts/upsert", 30, Fault.status(500));
            RunSummary failed = fixture.program().getBean(io.github.sansanghlsync.job.Migration.class)
                    .migrate(SyncFixture.FROM, SyncFixture.TO, java.time.Duration.ofDays(400));
            assertThat(failed.status()).isEqualTo("FAILED");
            fixture.sandbox.ghl().faults().clear();

            // when: by the re-run, Sansan has expired the saved page token
            fixture.sandbox.sansan().malformations().expireNextPageTokens(1);
            fixture.restartProgram();
            RunSummary again = fixture.migrateResume();

            // then: it read that window again from its start and completed with everything, once
            assertThat(again.status()).isEqualTo("COMPLETED");
            assertThat(GhlState.contactsByPerson(fixture.sandbox.ghl()).keySet())
                    .containsAll(expected.contactCardByPerson().keySet());
            assertThat(GhlState.contactsByPerson(fixture.sandbox.ghl()).values()).allMatch(list -> list.size() == 1);
            assertThat(GhlState.duplicated(fixture.ghlContacts(), GhlContact::emailLowerCase)).isEmpty();
        }
    }
}
