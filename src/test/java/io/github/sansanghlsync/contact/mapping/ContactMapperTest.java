package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.sansan.BizCard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static io.github.sansanghlsync.contact.mapping.BizCardBuilder.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ContactMapperTest {

    private final ContactMapper mapper = new ContactMapper(MappingSettings.defaults());

    @Test
    void mapsARealisticJapaneseCardFieldByField() {
        // given
        BizCard card = card().mobile("090-8765-4321").build();

        // when
        MappedContact contact = mapped(card);

        // then
        UpsertContactRequest request = contact.request();
        assertThat(request.locationId()).isNull();
        assertThat(request.firstName()).isEqualTo("花子");
        assertThat(request.lastName()).isEqualTo("佐藤");
        assertThat(request.name()).isNull();
        assertThat(request.email()).isEqualTo("Hanako.Sato@Example.co.jp");
        assertThat(request.phone()).isEqualTo("+819087654321");
        assertThat(request.companyName()).isEqualTo("株式会社サンプル");
        assertThat(request.address1()).isEqualTo("神宮前1-2-3 サンプルビル5F");
        assertThat(request.city()).isEqualTo("渋谷区");
        assertThat(request.state()).isEqualTo("東京都");
        assertThat(request.postalCode()).isEqualTo("150-0001");
        assertThat(request.country()).isEqualTo("JP");
        assertThat(request.website()).isEqualTo("https://www.example.co.jp");
        assertThat(request.source()).isEqualTo("Sansan");
        assertThat(request.customFields()).isNull();
        assertThat(contact.customFieldsByKey()).containsExactly(
                entry("contact.job_title", "部長"),
                entry("contact.department", "営業部"),
                entry("contact.name_kana", "サトウ ハナコ"),
                entry("contact.office_phone", "+81312345678"),
                entry("contact.sansan_person_id", "FEDCBA9876543210FEDCBA9876543210"));
        assertThat(contact.identityEmail()).isEqualTo("hanako.sato@example.co.jp");
        assertThat(contact.identityPhone()).isEqualTo("+819087654321");
    }

    @Test
    void telAloneBecomesThePhoneAndNoOfficePhoneIsWritten() {
        MappedContact contact = mapped(card().tel("03-1234-5678").mobile(null).build());

        assertThat(contact.request().phone()).isEqualTo("+81312345678");
        assertThat(contact.identityPhone()).isEqualTo("+81312345678");
        assertThat(contact.customFieldsByKey()).doesNotContainKey("contact.office_phone");
    }

    @Test
    void mobileAloneBecomesThePhone() {
        MappedContact contact = mapped(card().tel(null).mobile("090-1234-5678").build());

        assertThat(contact.request().phone()).isEqualTo("+819012345678");
        assertThat(contact.customFieldsByKey()).doesNotContainKey("contact.office_phone");
    }

    @Test
    void fullWidthPhoneWithKatakanaDashesIsNormalised() {
        MappedContact contact = mapped(card().tel("０３－１２３４－５６７８").mobile("０９０ー１２３４ー５６７８").build());

        assertThat(contact.request().phone()).isEqualTo("+819012345678");
        assertThat(contact.customFieldsByKey()).containsEntry("contact.office_phone", "+81312345678");
    }

    @Test
    void halfWidthKanaReadingBecomesFullWidth() {
        MappedContact contact = mapped(card().lastNameReading("ｻﾄｳ").firstNameReading("ｶﾞｸ").build());

        assertThat(contact.customFieldsByKey()).containsEntry("contact.name_kana", "サトウ ガク");
    }

    @Test
    void kanaWithOnlyOneReadingHasNoStraySpace() {
        MappedContact contact = mapped(card().lastNameReading(null).firstNameReading(" ハナコ ").build());

        assertThat(contact.customFieldsByKey()).containsEntry("contact.name_kana", "ハナコ");
    }

    @Test
    void emailAndPostalCodeAreNfkcNormalisedAndTrimmed() {
        MappedContact contact = mapped(card().email("　Ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ ").postalCode("１５０－０００１").build());

        assertThat(contact.request().email()).isEqualTo("Hanako@example.com");
        assertThat(contact.identityEmail()).isEqualTo("hanako@example.com");
        assertThat(contact.request().postalCode()).isEqualTo("150-0001");
    }

    @Test
    void namesAreTrimmedAndStrippedOfControlCharactersButKeepTheirSpelling() {
        // U+FA10 is the compatibility form of 塚 that NFKC would rewrite to U+585A
        MappedContact contact = mapped(card().lastName("\u3000\uFA10本\u0007 ").firstName("花子\u0000").build());

        assertThat(contact.request().lastName()).isEqualTo("\uFA10本");
        assertThat(contact.request().firstName()).isEqualTo("花子");
    }

    @Test
    void addressTakesWhicheverOfStreetAndBuildingExists() {
        assertThat(mapped(card().street("神宮前1-2-3").building(null).build()).request().address1()).isEqualTo("神宮前1-2-3");
        assertThat(mapped(card().street(null).building("サンプルビル").build()).request().address1()).isEqualTo("サンプルビル");
        assertThat(mapped(card().street(" ").building(null).build()).request().address1()).isNull();
    }

    @Test
    void countryIsTheCardsIsoCodeOrTheDefault() {
        assertThat(mapped(card().countryCode("us").tel("+1 415 555 0100").build()).request().country()).isEqualTo("US");
        assertThat(mapped(card().countryCode("AUTO").build()).request().country()).isEqualTo("JP");
        assertThat(mapped(card().countryCode("XX").build()).request().country()).isEqualTo("JP");
        assertThat(mapped(card().countryCode(null).build()).request().country()).isEqualTo("JP");
    }

    @Test
    void theCardsCountryIsTheRegionForItsPhoneNumbers() {
        MappedContact contact = mapped(card().countryCode("US").tel("(415) 555-0100").build());

        // under the default region JP the same digits are no valid number
        assertThat(contact.request().phone()).isEqualTo("+14155550100");
    }

    @Test
    void blankValuesAreNotSent() {
        MappedContact contact = mapped(card().title(" ").departmentName("").url("\t").companyName(null).build());

        assertThat(contact.request().website()).isNull();
        assertThat(contact.request().companyName()).isNull();
        assertThat(contact.customFieldsByKey()).doesNotContainKeys("contact.job_title", "contact.department");
    }

    @Test
    void emailAloneIsEnoughAndLeavesNoIdentityPhone() {
        MappedContact contact = mapped(card().tel(null).mobile(null).build());

        assertThat(contact.request().phone()).isNull();
        assertThat(contact.identityPhone()).isNull();
    }

    @Test
    void phoneAloneIsEnoughAndLeavesNoIdentityEmail() {
        MappedContact contact = mapped(card().email(null).build());

        assertThat(contact.request().email()).isNull();
        assertThat(contact.identityEmail()).isNull();
        assertThat(contact.identityPhone()).isEqualTo("+81312345678");
    }

    @Test
    void aNullCustomFieldKeyMeansTheValueIsNotMapped() {
        MappingSettings settings = new MappingSettings("JP", "Sansan", "JP", null, "contact.department", null, null, null);

        MappedContact contact = mapped(new ContactMapper(settings), card().mobile("090-1234-5678").build());

        assertThat(contact.customFieldsByKey()).containsExactly(entry("contact.department", "営業部"));
    }

    @Test
    void sourceComesFromTheSettings() {
        MappingSettings settings = new MappingSettings("JP", "Sansan名刺", "JP", null, null, null, null, null);

        assertThat(mapped(new ContactMapper(settings), card().build()).request().source()).isEqualTo("Sansan名刺");
    }

    @Test
    void theJsonBodyNeverHasTagsNameOrAnyPropertyOutsideTheUpsertDto() {
        // given a card with Sansan tags and every field filled in
        BizCard card = card().mobile("090-1234-5678")
                .tags(List.of(new BizCard.Tag("T1", "展示会2024", "shared"), new BizCard.Tag("T2", "VIP", "private")))
                .build();

        // when
        Map<String, Object> json = asJson(mapped(card).request());

        // then
        assertThat(json).doesNotContainKeys("tags", "name", "customFields", "locationId");
        assertThat(json.keySet()).containsExactlyInAnyOrder("firstName", "lastName", "email", "phone", "companyName",
                "address1", "city", "state", "postalCode", "country", "website", "source");
    }

    @Test
    void customFieldsKeepTheSettingsOrderAndCannotBeChanged() {
        MappedContact contact = mapped(card().mobile("090-1234-5678").build());

        assertThat(contact.customFieldsByKey().keySet()).containsExactly("contact.job_title", "contact.department",
                "contact.name_kana", "contact.office_phone", "contact.sansan_person_id");
        assertThat(contact.customFieldsByKey()).isUnmodifiable();
    }

    private MappedContact mapped(BizCard card) {
        return mapped(mapper, card);
    }

    private static MappedContact mapped(ContactMapper mapper, BizCard card) {
        MappingOutcome outcome = mapper.map(card);
        assertThat(outcome).isInstanceOf(MappingOutcome.Mapped.class);
        return ((MappingOutcome.Mapped) outcome).contact();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asJson(UpsertContactRequest request) {
        JsonMapper json = JsonMapper.builder().build();
        return json.readValue(json.writeValueAsString(request), Map.class);
    }
}
