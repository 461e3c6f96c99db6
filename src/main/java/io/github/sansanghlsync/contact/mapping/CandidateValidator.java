package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ledger.ErrorCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Runs the Bean Validation rules on a {@link ContactCandidate} and turns violations into ordered rejections. */
final class CandidateValidator {

    private CandidateValidator() {}

    // building a factory scans the constraint metadata: once per JVM, not once per card or per mapper
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** The order rejections are reported in, so the primary (first) code is the same on every run. */
    static final List<ErrorCode> RULE_ORDER = List.of(
            ErrorCode.SANSAN_MALFORMED_CARD,
            ErrorCode.SANSAN_MISSING_ID,
            ErrorCode.SANSAN_CARD_NOT_COMPLETED,
            ErrorCode.SANSAN_NO_NAME,
            ErrorCode.SANSAN_INVALID_EMAIL,
            ErrorCode.SANSAN_INVALID_PHONE,
            ErrorCode.SANSAN_NO_EMAIL_OR_PHONE,
            ErrorCode.SANSAN_INVALID_DATE,
            ErrorCode.SANSAN_FIELD_TOO_LONG);

    private static final List<String> FIELD_ORDER = Arrays.stream(ContactCandidate.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private static final Comparator<Rejection> ORDER = Comparator
            .comparingInt((Rejection r) -> RULE_ORDER.indexOf(r.code()))
            .thenComparingInt(r -> FIELD_ORDER.indexOf(r.field()));

    /** Every rule the candidate breaks, by {@link #RULE_ORDER} then by field; empty when it passes. */
    static List<Rejection> validate(ContactCandidate candidate) {
        return VALIDATOR.validate(candidate).stream()
                .map(CandidateValidator::toRejection)
                .sorted(ORDER)
                // @Email and the strict pattern can both fail on one address: report it once
                .distinct()
                .toList();
    }

    private static Rejection toRejection(ConstraintViolation<ContactCandidate> violation) {
        ErrorCode code = ErrorCode.valueOf(violation.getMessageTemplate());
        String field = violation.getPropertyPath().toString();
        String message = RejectionMessages.describe(code, field, violation.getInvalidValue(),
                violation.getConstraintDescriptor().getAttributes());
        return new Rejection(code, field, message);
    }
}
