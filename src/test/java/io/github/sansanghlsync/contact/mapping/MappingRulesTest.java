package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.sansan.BizCard;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.sansanghlsync.contact.mapping.BizCardBuilder.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class MappingRulesTest {

    private static FieldRuleSpec rule(String to, List<String> from) {
        return new FieldRuleSpec(to, from, null, null, null, null, null, null);
    }

    private static MappedContact map(BizCard card, String nameOrder, String romanised, FieldRuleSpec... rules) {
        ContactMapper mapper = new ContactMapper(MappingSettings.defaults(), MappingRules.compile(List.of(rules), nameOrder, romanised));
        return ((MappingOutcome.Mapped) mapper.map(card)).contact();
    }

    private static MappedContact map(BizCard card, FieldRuleSpec... rules) {
        return map(card, null, null, rules);
    }

    @Test
    void withoutRulesTheContactIsExactlyTheBuiltInMappingSoUpgradingChangesNoHash() {
        BizCard card = card().build();

        MappedContact plain = ((MappingOutcome.Mapped) new ContactMapper(MappingSettings.defaults()).map(card)).contact();

        assertThat(map(card)).isEqualTo(plain);
        assertThat(plain.request().name()).isNull();
    }

    @Test
    void joinsSeveralFieldsSkippingEmptyOnesAndSetsStandardAndCustomFields() {
        MappedContact contact = map(card().departmentName(null).build(),
                new FieldRuleSpec("customField.contact.department_full", List.of("companyName", "departmentName", "title"),
                        " / ", null, null, null, null, null),
                new FieldRuleSpec("companyName", List.of("companyName", "departmentName"), null, null, null, null, null, null));

        assertThat(contact.customFieldsByKey()).containsEntry("contact.department_full", "株式会社サンプル / 部長");
        assertThat(contact.request().companyName()).isEqualTo("株式会社サンプル");
    }

    @Test
    void aConstantAndADefaultWhenEmpty() {
        MappedContact contact = map(card().prefecture(null).build(),
                new FieldRuleSpec("source", null, null, "Sansan business card", null, null, null, null),
                new FieldRuleSpec("state", List.of("prefecture"), null, null, "東京都", null, null, null),
                new FieldRuleSpec("city", List.of("city"), null, null, "不明", null, null, null));

        assertThat(contact.request().source()).isEqualTo("Sansan business card");
        assertThat(contact.request().state()).isEqualTo("東京都");
        assertThat(contact.request().city()).isEqualTo("渋谷区");
    }

    @Test
    void anEmptyResultWithoutDefaultSendsNothingForTheTargetEvenWhereTheBuiltInMappingHadAValue() {
        MappedContact contact = map(card().departmentName(null).build(),
                rule("customField.department", List.of("departmentName")),
                rule("website", List.of("fax")),
                rule("city", List.of("secondTel")));

        assertThat(contact.customFieldsByKey()).doesNotContainKey("contact.department");
        assertThat(contact.request().website()).isEqualTo("03-1234-5679");
        assertThat(contact.request().city()).isNull();
    }

    @Test
    void aRuleOnABuiltInCustomFieldReplacesItWhicheverWayTheKeyIsSpelt() {
        MappedContact contact = map(card().build(), rule("customField.job_title", List.of("departmentName", "title")));

        assertThat(contact.customFieldsByKey()).containsEntry("contact.job_title", "営業部 部長")
                .doesNotContainKey("job_title");
        assertThat(contact.customFieldsByKey().keySet().stream().filter(k -> k.endsWith("job_title"))).hasSize(1);
    }

    @Test
    void datesAreFormattedWithThePatternAndDateTimesInTheZone() {
        BizCard card = card().exchangeDate("2024-04-01").registeredTime("2024-03-31T23:30:00Z").build();

        MappedContact contact = map(card,
                new FieldRuleSpec("customField.exchange_date", List.of("exchangeDate"), null, null, null, "yyyy/MM/dd", null, null),
                new FieldRuleSpec("customField.registered", List.of("registeredTime"), null, null, null, "yyyy年M月d日 HH:mm", null, null),
                new FieldRuleSpec("customField.registered_utc", List.of("registeredTime"), null, null, null, "yyyy-MM-dd HH:mm", "UTC", null),
                new FieldRuleSpec("customField.weekday", List.of("exchangeDate"), null, null, null, "E", null, null));

        assertThat(contact.customFieldsByKey()).contains(
                entry("contact.exchange_date", "2024/04/01"),
                entry("contact.registered", "2024年4月1日 08:30"),
                entry("contact.registered_utc", "2024-03-31 23:30"),
                entry("contact.weekday", "月"));
    }

    @Test
    void kanaForms() {
        assertThat(KanaForm.FULL_WIDTH.apply("ｻﾄｳ ﾊﾅｺ ｶﾞｯｺｳ ＡＢＣ")).isEqualTo("サトウ ハナコ ガッコウ ＡＢＣ");
        assertThat(KanaForm.HALF_WIDTH.apply("サトウ ガッコウ・パン ABC")).isEqualTo("ｻﾄｳ ｶﾞｯｺｳ･ﾊﾟﾝ ABC");
        assertThat(KanaForm.KATAKANA.apply("さとう ﾊﾅｺ")).isEqualTo("サトウ ハナコ");
        assertThat(KanaForm.HIRAGANA.apply("サトウ ﾊﾅｺ")).isEqualTo("さとう はなこ");
        assertThat(KanaForm.NFKC.apply("ＡＢＣ１２３ ｻﾄｳ ㈱")).isEqualTo("ABC123 サトウ (株)");
        // round trip: half-width of a voiced kana composes back
        assertThat(KanaForm.FULL_WIDTH.apply(KanaForm.HALF_WIDTH.apply("ヴァイオリン・ガ"))).isEqualTo("ヴァイオリン・ガ");
    }

    @Test
    void kanaIsAppliedToTheJoinedReading() {
        MappedContact contact = map(card().lastNameReading("ｻﾄｳ").firstNameReading("はなこ").build(),
                new FieldRuleSpec("customField.name_kana", List.of("lastNameReading", "firstNameReading"), " ", null, null,
                        null, null, "katakana"));

        assertThat(contact.customFieldsByKey()).containsEntry("contact.name_kana", "サトウ ハナコ");
    }

    @Test
    void tagsAndOwnerAreSourcesToo() {
        MappedContact contact = map(card().tags(List.of(new BizCard.Tag("1", "展示会", "shared"), new BizCard.Tag("2", "VIP", "private"))).build(),
                new FieldRuleSpec("customField.sansan_tags", List.of("tags"), ", ", null, null, null, null, null),
                rule("customField.owner", List.of("owner.name")));

        assertThat(contact.customFieldsByKey()).contains(entry("contact.sansan_tags", "展示会, VIP"), entry("contact.owner", "山田 太郎"));
    }

    @Test
    void nameOrderSetsTheFullName() {
        BizCard japanese = card().build();
        BizCard romanised = card().lastName("Sato").firstName("Hanako").build();

        assertThat(map(japanese, "family-first", null).request().name()).isEqualTo("佐藤 花子");
        assertThat(map(romanised, "family-first", null).request().name()).isEqualTo("Sato Hanako");
        assertThat(map(japanese, "given-first", null).request().name()).isEqualTo("花子 佐藤");
        assertThat(map(japanese, "by-script", null).request().name()).isEqualTo("佐藤 花子");
        assertThat(map(romanised, "by-script", null).request().name()).isEqualTo("Hanako Sato");
        assertThat(map(japanese, "as-card", null).request().name()).isNull();
    }

    @Test
    void swappedRomanisedNamesExchangeFirstAndLastOnLatinCardsOnly() {
        UpsertContactRequest latin = map(card().lastName("Hanako").firstName("SATO").build(), "by-script", "swapped").request();
        UpsertContactRequest kanji = map(card().build(), "by-script", "swapped").request();

        assertThat(latin.lastName()).isEqualTo("SATO");
        assertThat(latin.firstName()).isEqualTo("Hanako");
        assertThat(latin.name()).isEqualTo("Hanako SATO");
        assertThat(kanji.lastName()).isEqualTo("佐藤");
        assertThat(kanji.firstName()).isEqualTo("花子");
    }

    @Test
    void laterRulesWinAndRulesWinOverNameOrder() {
        MappedContact contact = map(card().build(), "family-first", null,
                new FieldRuleSpec("name", null, null, "first", null, null, null, null),
                new FieldRuleSpec("name", List.of("lastName", "firstName"), "", null, null, null, null, null));

        assertThat(contact.request().name()).isEqualTo("佐藤花子");
    }

    @Test
    void everyProblemIsReportedWithItsKey() {
        // an empty YAML item binds as null
        List<FieldRuleSpec> rules = Arrays.asList(
                rule("email", List.of("email")),
                rule("compnayName", List.of("companyName")),
                rule("customField.x", List.of("companyName", "departmnetName")),
                new FieldRuleSpec("customField.d", List.of("exchangeDate"), null, null, null, "yyyy/MM/dd HH:mm", null, null),
                new FieldRuleSpec("customField.d", List.of("exchangeDate"), null, null, null, "yyyy/MM/dd{", null, null),
                new FieldRuleSpec("customField.d", List.of("title"), null, null, null, "yyyy", null, null),
                new FieldRuleSpec("customField.k", List.of("title"), null, null, null, null, "Mars/Olympus", "zenkaku"),
                new FieldRuleSpec("source", List.of("title"), null, "x", null, null, null, null),
                new FieldRuleSpec(null, null, null, null, null, null, null, null),
                rule("phone", List.of("tel")),
                new FieldRuleSpec("customField.d", null, null, "2024", null, "yyyy", null, null),
                null);

        assertThatThrownBy(() -> MappingRules.compile(rules, "japanese", "swap"))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> assertThat(e.problems())
                        .extracting(InvalidMappingException.Problem::key)
                        .containsExactly("name-order", "romanised-names", "fields[0].to", "fields[1].to",
                                "fields[2].from[1]", "fields[3].date-format", "fields[4].date-format",
                                "fields[5].date-format", "fields[6].zone", "fields[6].kana", "fields[7].constant",
                                "fields[8].to", "fields[8].from", "fields[9].to",
                                "fields[10].date-format", "fields[11]"))
                .hasMessageContaining("fields[0].to: 'email' is owned by the built-in mapping")
                .hasMessageContaining("identity policy")
                .hasMessageContaining("fields[1].to: unknown target 'compnayName'; did you mean 'companyName'?")
                .hasMessageContaining("unknown Sansan card field 'departmnetName'; did you mean 'departmentName'?")
                .hasMessageContaining("cannot format exchangeDate, a date without time of day")
                .hasMessageContaining("unknown kana form 'zenkaku': use full-width, half-width, katakana, hiragana, nfkc")
                .hasMessageContaining("unknown name order 'japanese': use as-card, family-first, given-first, by-script");
    }

    @Test
    void customFieldKeysOfTheRulesJoinThoseOfTheBuiltInMapping() {
        ContactMapper mapper = new ContactMapper(MappingSettings.defaults(), MappingRules.compile(List.of(
                rule("customField.exchange_date", List.of("exchangeDate")),
                rule("customField.contact.job_title", List.of("title"))), null, null));

        assertThat(mapper.customFieldKeys()).containsExactly("contact.job_title", "contact.department",
                "contact.name_kana", "contact.office_phone", "contact.sansan_person_id", "contact.exchange_date");
    }
}
