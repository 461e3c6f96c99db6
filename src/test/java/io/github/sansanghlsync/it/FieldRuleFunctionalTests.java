package io.github.sansanghlsync.it;

import io.github.sansanghlsync.definition.InvalidDefinitionException;
import io.github.sansanghlsync.job.Migration;
import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.preflight.CheckResult;
import io.github.sansanghlsync.preflight.Preflight;
import io.github.sansanghlsync.preflight.PreflightReport;
import io.github.sansanghlsync.sandbox.ghl.GhlConfig;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Field rules of a sync definition (mapping.fields, mapping.name-order) in real runs against the emulators:
 * the exact values that arrive at GHL, the run after a rule changes, and the errors of a broken rule.
 */
class FieldRuleFunctionalTests {

    private static final String RULES = """
            mapping:
              name-order: family-first
              fields:
                - to: customField.contact.department_full
                  from: [companyName, departmentName]
                  join: " / "
                - to: customField.contact.exchange_date
                  from: exchangeDate
                  date-format: yyyy/MM/dd
                  default: unknown
                - to: customField.contact.name_kana
                  from: [lastNameReading, firstNameReading]
                  kana: hiragana
                - to: source
                  constant: Sansan business card
                - to: state
                  from: prefecture
                  default: 東京都
            """;

    @TempDir
    Path dir;

    private SyncFixture start(int persons) {
        return SyncFixture.start(dir, persons, config -> config.withGhl(config.ghl().withCustomFields(
                Stream.concat(GhlConfig.DEFAULT_CUSTOM_FIELDS.stream(), Stream.of(
                        new GhlConfig.CustomFieldSpec("contact.department_full", "所属"),
                        new GhlConfig.CustomFieldSpec("contact.exchange_date", "名刺交換日"))).toList())));
    }

    private Path definition(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void everyRuleArrivesAtGhlWithExactlyTheValueItDescribes() throws Exception {
        try (SyncFixture fixture = start(60)) {
            // given
            fixture.withDefinition(definition("acme.yml", RULES));

            // when
            RunSummary summary = fixture.migrate();

            // then: each contact holds the values computed here from its card, not by the program's code
            assertThat(summary.status()).isEqualTo("COMPLETED");
            GhlEmulator ghl = fixture.sandbox.ghl();
            String departmentFull = ghl.customFieldId(ghl.locationId(), "contact.department_full");
            String exchangeDate = ghl.customFieldId(ghl.locationId(), "contact.exchange_date");
            String kana = ghl.customFieldId(ghl.locationId(), "contact.name_kana");
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(ghl);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            assertThat(expected.contactCardByPerson()).isNotEmpty();
            expected.contactCardByPerson().forEach((person, card) -> {
                GhlContact contact = byPerson.get(person).get(0);
                assertThat(contact.customFieldValue(departmentFull)).isEqualTo(
                        Stream.of(card.companyName(), card.departmentName()).filter(Objects::nonNull).collect(Collectors.joining(" / ")));
                assertThat(contact.customFieldValue(exchangeDate)).isEqualTo(card.exchangeDate() == null ? "unknown"
                        : String.format("%04d/%02d/%02d", card.exchangeDate().getYear(), card.exchangeDate().getMonthValue(),
                        card.exchangeDate().getDayOfMonth()));
                assertThat(contact.customFieldValue(kana)).isEqualTo(hiragana(card.lastNameReading() + " " + card.firstNameReading()));
                assertThat(contact.source()).isEqualTo("Sansan business card");
                assertThat(contact.state()).isEqualTo(card.prefecture() == null ? "東京都" : card.prefecture());
                assertThat(contact.name()).isEqualTo(card.lastName() + " " + card.firstName());
                // identity and the untouched built-in fields stay as they were
                assertThat(contact.firstName()).isEqualTo(card.firstName());
                assertThat(contact.lastName()).isEqualTo(card.lastName());
            });
        }
    }

    @Test
    void aChangedRuleMakesTheNextRunUpdateExactlyTheContactsWhoseMappedValueChanged() throws Exception {
        try (SyncFixture fixture = start(40)) {
            // given: a first run with dates as yyyy/MM/dd
            fixture.withDefinition(definition("acme.yml", RULES));
            RunSummary first = fixture.migrate();
            assertThat(first.status()).isEqualTo("COMPLETED");
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            // the seed is small enough to have no shared identities: every contact is one person's card
            assertThat(expected.sharedPersons()).isEmpty();
            // only dates with a one-digit month or day read differently as yyyy/M/d
            Set<String> changedPersons = expected.contactCardByPerson().entrySet().stream()
                    .filter(entry -> {
                        LocalDate date = entry.getValue().exchangeDate();
                        return date != null && (date.getMonthValue() < 10 || date.getDayOfMonth() < 10);
                    })
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(changedPersons).isNotEmpty().hasSizeLessThan(expected.contactCardByPerson().size());
            GhlEmulator ghl = fixture.sandbox.ghl();
            Map<String, Instant> updatedBefore = updatedByPerson(ghl);
            long upsertsBefore = ghl.stats().snapshot().requests("POST /contacts/upsert");

            // when: the rule changes, and a dry run shows what the next run would do
            fixture.restartProgram();
            fixture.withDefinition(definition("acme.yml", RULES.replace("yyyy/MM/dd", "yyyy/M/d")));
            fixture.with("sync.dry-run", "true");
            RunSummary dry = fixture.program().getBean(Migration.class)
                    .migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1), Duration.ofDays(60));
            fixture.without("sync.dry-run").restartProgram();

            // then: the plan has one update per changed contact, on exactly that field, old -> new, and nothing was sent
            assertThat(ghl.stats().snapshot().requests("POST /contacts/upsert")).isEqualTo(upsertsBefore);
            assertThat(dry.counter("contacts.updated")).isEqualTo(changedPersons.size());
            List<Map<String, String>> updates = ErrorReportFile.read(dry.report()).stream()
                    .filter(row -> row.get("outcome").equals("update")).toList();
            assertThat(updates).extracting(row -> row.get("sansan_person_id")).containsExactlyInAnyOrderElementsOf(changedPersons);
            assertThat(updates).allSatisfy(row -> {
                LocalDate date = expected.contactCardByPerson().get(row.get("sansan_person_id")).exchangeDate();
                assertThat(row.get("field")).isEqualTo("customField.contact.exchange_date");
                assertThat(row.get("old_value")).isEqualTo(String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth()));
                assertThat(row.get("new_value")).isEqualTo(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
            });

            // when: the program runs for real over the same cards
            RunSummary second = fixture.program().getBean(Migration.class)
                    .migrate(SyncFixture.FROM, SyncFixture.TO.plusDays(1), Duration.ofDays(60));

            // then: exactly the changed contacts were sent, with the new value; the others were not touched
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.counter("contacts.updated")).isEqualTo(changedPersons.size());
            assertThat(second.counter("contacts.created")).isZero();
            assertThat(second.counter("contacts.unchanged")).isEqualTo(expected.contactCardByPerson().size() - changedPersons.size());
            assertThat(ghl.stats().snapshot().requests("POST /contacts/upsert") - upsertsBefore).isEqualTo(changedPersons.size());
            String exchangeDate = ghl.customFieldId(ghl.locationId(), "contact.exchange_date");
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(ghl);
            Map<String, Instant> updatedAfter = updatedByPerson(ghl);
            expected.contactCardByPerson().forEach((person, card) -> {
                if (changedPersons.contains(person)) {
                    LocalDate date = card.exchangeDate();
                    assertThat(byPerson.get(person).get(0).customFieldValue(exchangeDate))
                            .isEqualTo(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
                } else {
                    assertThat(updatedAfter.get(person)).as("person %s was not sent", person).isEqualTo(updatedBefore.get(person));
                }
            });
        }
    }

    @Test
    void aBrokenRuleFailsAtStartNamingFileLineAndKey() throws Exception {
        try (SyncFixture fixture = start(5)) {
            Path broken = definition("broken.yml", """
                    mapping:
                      fields:
                        - to: email
                          from: owner.email
                        - to: customField.contact.exchange_date
                          from: exchangeDate
                          date-format: yyyy/MM/dd HH:mm
                        - to: customField.contact.kana
                          from: [lastNameReading, firstNameReadng]
                          kana: zenkaku
                    """);
            fixture.withDefinition(broken);

            assertThatThrownBy(fixture::program)
                    .hasRootCauseInstanceOf(InvalidDefinitionException.class)
                    .rootCause()
                    .hasMessageContaining(broken + " line 3: mapping.fields[0].to: 'email' is owned by the built-in mapping")
                    .hasMessageContaining(broken + " line 7: mapping.fields[1].date-format: 'yyyy/MM/dd HH:mm' cannot format exchangeDate")
                    .hasMessageContaining(broken + " line 9: mapping.fields[2].from[1]: unknown Sansan card field 'firstNameReadng'; "
                            + "did you mean 'firstNameReading'?")
                    .hasMessageContaining(broken + " line 10: mapping.fields[2].kana: unknown kana form 'zenkaku'");
        }
    }

    @Test
    void checkFailsWhenARuleNamesACustomFieldTheLocationLacks() throws Exception {
        try (SyncFixture fixture = start(5)) {
            fixture.withDefinition(definition("acme.yml", """
                    mapping:
                      fields:
                        - to: customField.contact.exchange_date
                          from: exchangeDate
                        - to: customField.linkedin_url
                          from: url
                    """));

            PreflightReport report = fixture.program().getBean(Preflight.class).run();

            assertThat(report.result(Preflight.GHL_FIELDS).verdict()).isEqualTo(CheckResult.Verdict.FAIL);
            assertThat(report.result(Preflight.GHL_FIELDS).detail()).startsWith("missing contact.linkedin_url:");
        }
    }

    private static Map<String, Instant> updatedByPerson(GhlEmulator ghl) {
        return GhlState.contactsByPerson(ghl).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get(0).dateUpdated()));
    }

    /** Katakana to hiragana, written out here rather than taken from the program. */
    private static String hiragana(String katakana) {
        List<String> out = new ArrayList<>();
        katakana.codePoints().forEach(cp -> out.add(Character.toString(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp)));
        return String.join("", out);
    }
}
