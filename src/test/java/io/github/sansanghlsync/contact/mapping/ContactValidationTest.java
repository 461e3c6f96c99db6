package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ledger.ErrorCode;
import io.github.sansanghlsync.sansan.BizCard;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.sansanghlsync.contact.mapping.BizCardBuilder.card;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_CARD_NOT_COMPLETED;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_FIELD_TOO_LONG;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_INVALID_DATE;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_INVALID_EMAIL;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_INVALID_PHONE;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_MALFORMED_CARD;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_MISSING_ID;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_NO_EMAIL_OR_PHONE;
import static io.github.sansanghlsync.ledger.ErrorCode.SANSAN_NO_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContactValidationTest {

    private final ContactMapper mapper = new ContactMapper(MappingSettings.defaults());

    @Test
    void theRealisticCardPasses() {
        assertThat(mapper.map(card().build())).isInstanceOf(MappingOutcome.Mapped.class);
    }

    @Test
    void aMalformedCardIsReportedOnlyAsMalformed() {
        // given a card that has almost nothing, which would break most other rules too
        BizCard card = BizCard.malformed("0123456789ABCDEF0123456789ABCDEF", null, "exchangeDate: expected a string");

        List<Rejection> rejections = rejections(card);

        assertThat(rejections).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_MALFORMED_CARD, "malformed"));
        assertThat(rejections.get(0).message()).contains("exchangeDate: expected a string");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void aBlankCardIdIsMissing(String id) {
        assertThat(rejections(card().id(id).build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_MISSING_ID, "id"));
    }

    @Test
    void aBlankPersonIdIsMissing() {
        assertThat(rejections(card().personId(" ").build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_MISSING_ID, "personId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"processing", "unreadable", "Completed", "done"})
    void onlyCompletedCardsPass(String status) {
        List<Rejection> rejections = rejections(card().entryStatus(status).build());

        assertThat(rejections).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_CARD_NOT_COMPLETED, "entryStatus"));
        assertThat(rejections.get(0).message()).contains("'" + status + "'");
    }

    @Test
    void aMissingEntryStatusIsNotCompletedAndReportedOnce() {
        assertThat(rejections(card().entryStatus(null).build())).extracting(Rejection::code)
                .containsExactly(SANSAN_CARD_NOT_COMPLETED);
    }

    @Test
    void aCardWithoutLastOrFirstNameHasNoName() {
        assertThat(rejections(card().lastName(" ").firstName(null).build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_NO_NAME, "name"));
    }

    @Test
    void eitherNameIsEnough() {
        assertThat(mapper.map(card().lastName(null).build())).isInstanceOf(MappingOutcome.Mapped.class);
        assertThat(mapper.map(card().firstName(null).build())).isInstanceOf(MappingOutcome.Mapped.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "hanako", "@example.com", "hanako@", "hanako@@example.com", "hana ko@example.com",
            "hanako@example .com", "hanako@.com", "hanako@example..com"})
    void anInvalidEmailIsRejectedOnce(String email) {
        List<Rejection> rejections = rejections(card().email(email).build());

        assertThat(rejections).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_EMAIL, "email"));
        assertThat(rejections.get(0).message()).contains("email", "'" + email + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanako@example.com", "h.sato+sansan@mail.example.co.jp", "ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ"})
    void validEmailsPass(String email) {
        assertThat(mapper.map(card().email(email).build())).isInstanceOf(MappingOutcome.Mapped.class);
    }

    @Test
    void anInvalidTelIsReportedOnTel() {
        List<Rejection> rejections = rejections(card().tel("03-12").build());

        assertThat(rejections).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_PHONE, "tel"));
        assertThat(rejections.get(0).message()).contains("tel", "'03-12'");
    }

    @Test
    void anInvalidMobileIsReportedOnMobile() {
        assertThat(rejections(card().mobile("abc").build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_PHONE, "mobile"));
    }

    @Test
    void anInvalidPhoneIsNotCountedAsNoPhone() {
        // the card has a phone, it is just wrong: the user must fix the number, not add one
        assertThat(rejections(card().email(null).tel("03-12").build())).extracting(Rejection::code)
                .containsExactly(SANSAN_INVALID_PHONE);
    }

    @Test
    void aCardWithoutEmailOrPhoneIsRejected() {
        assertThat(rejections(card().email(" ").tel(null).mobile("").build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_NO_EMAIL_OR_PHONE, "emailOrPhone"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "2024-04-02", "2024-04-02T09:30:00", "2024-13-02T09:30:00+09:00"})
    void updatedTimeMustBeADateTimeWithOffset(String updatedTime) {
        assertThat(rejections(card().updatedTime(updatedTime).build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_DATE, "updatedTime"));
    }

    @Test
    void exchangeDateAndRegisteredTimeMayBeAbsentButNotWrong() {
        assertThat(mapper.map(card().exchangeDate(null).registeredTime(" ").build()))
                .isInstanceOf(MappingOutcome.Mapped.class);
        assertThat(rejections(card().exchangeDate("2024/04/01").build())).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_DATE, "exchangeDate"));
        assertThat(rejections(card().registeredTime("2024-04-01 10:00").build()))
                .extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_DATE, "registeredTime"));
    }

    @Test
    void datesWithSurroundingSpacesPassLikeBizCardParsesThem() {
        assertThat(mapper.map(card().updatedTime(" 2024-04-02T09:30:00Z ").exchangeDate("2024-04-01 ").build()))
                .isInstanceOf(MappingOutcome.Mapped.class);
    }

    @Test
    void aDateThatBizCardCannotParseIsRejectedEvenIfCleaningWouldFixIt() {
        // the rest of the job reads dates through BizCard, which only trims: a control character inside breaks it
        assertThat(rejections(card().updatedTime("2024-04-02T09:30\u0000:00+09:00").build()))
                .extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple(SANSAN_INVALID_DATE, "updatedTime"));
    }

    @Test
    void namesUpToOneHundredCharactersPass() {
        assertThat(mapper.map(card().lastName("佐".repeat(100)).firstName("花".repeat(100)).build()))
                .isInstanceOf(MappingOutcome.Mapped.class);
    }

    @Test
    void tooLongFieldsAreRejectedWithTheirLimit() {
        BizCard card = card()
                .lastName("佐".repeat(101))
                .firstName("花".repeat(101))
                .companyName("株".repeat(256))
                .street("一".repeat(200)).building("ビ".repeat(55)) // 200 + space + 55 = 256
                .title("長".repeat(256))
                .build();

        List<Rejection> rejections = rejections(card);

        assertThat(rejections).extracting(Rejection::code, Rejection::field).containsExactly(
                tuple(SANSAN_FIELD_TOO_LONG, "firstName"),
                tuple(SANSAN_FIELD_TOO_LONG, "lastName"),
                tuple(SANSAN_FIELD_TOO_LONG, "companyName"),
                tuple(SANSAN_FIELD_TOO_LONG, "address1"),
                tuple(SANSAN_FIELD_TOO_LONG, "title"));
        assertThat(rejections.get(0).message()).contains("firstName", "101", "100");
        assertThat(rejections).allSatisfy(r -> assertThat(r.message()).hasSizeLessThan(Rejection.MAX_MESSAGE));
    }

    @Test
    void aCardWithSeveralProblemsListsThemAllInRuleOrder() {
        // given one violation of every rule but malformed, set in an order unlike the rules'
        BizCard card = card()
                .title("長".repeat(256))
                .registeredTime("bad")
                .updatedTime(null)
                .mobile("0000")
                .tel("03-12")
                .email("a@b")
                .lastName(null).firstName(null)
                .entryStatus("processing")
                .personId(null)
                .id(null)
                .build();

        List<Rejection> rejections = rejections(card);

        assertThat(rejections).extracting(Rejection::code, Rejection::field).containsExactly(
                tuple(SANSAN_MISSING_ID, "id"),
                tuple(SANSAN_MISSING_ID, "personId"),
                tuple(SANSAN_CARD_NOT_COMPLETED, "entryStatus"),
                tuple(SANSAN_NO_NAME, "name"),
                tuple(SANSAN_INVALID_EMAIL, "email"),
                tuple(SANSAN_INVALID_PHONE, "tel"),
                tuple(SANSAN_INVALID_PHONE, "mobile"),
                tuple(SANSAN_INVALID_DATE, "updatedTime"),
                tuple(SANSAN_INVALID_DATE, "registeredTime"),
                tuple(SANSAN_FIELD_TOO_LONG, "title"));
        assertThat(((MappingOutcome.Rejected) mapper.map(card)).primary().code()).isEqualTo(SANSAN_MISSING_ID);
    }

    @Test
    void noEmailOrPhoneComesAfterPhoneAndBeforeDates() {
        List<Rejection> rejections = rejections(card().email(null).tel(null).updatedTime("x").lastName(null).firstName(null).build());

        assertThat(rejections).extracting(Rejection::code)
                .containsExactly(SANSAN_NO_NAME, SANSAN_NO_EMAIL_OR_PHONE, SANSAN_INVALID_DATE);
    }

    @Test
    void messagesStayShortEvenForHugeValues() {
        List<Rejection> rejections = rejections(card().email("x".repeat(5000) + "@example").build());

        assertThat(rejections.get(0).message()).hasSizeLessThan(Rejection.MAX_MESSAGE).contains("email", "xxxx");
    }

    @Test
    void everyConstraintMessageIsAnErrorCodeName() {
        Set<String> codes = Set.of(ErrorCode.values()).stream().map(ErrorCode::name).collect(Collectors.toSet());
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<String> messages = factory.getValidator().getConstraintsForClass(ContactCandidate.class)
                    .getConstrainedProperties().stream()
                    .flatMap(property -> property.getConstraintDescriptors().stream())
                    .map(ConstraintDescriptor::getMessageTemplate)
                    .collect(Collectors.toSet());

            assertThat(codes).containsAll(messages);
            assertThat(messages).containsExactlyInAnyOrderElementsOf(
                    CandidateValidator.RULE_ORDER.stream().map(ErrorCode::name).toList());
        }
    }

    private List<Rejection> rejections(BizCard card) {
        MappingOutcome outcome = mapper.map(card);
        assertThat(outcome).isInstanceOf(MappingOutcome.Rejected.class);
        return ((MappingOutcome.Rejected) outcome).rejections();
    }
}
