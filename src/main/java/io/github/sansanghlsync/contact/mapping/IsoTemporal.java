package io.github.sansanghlsync.contact.mapping;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The text is absent or parses the way {@link io.github.sansanghlsync.sansan.BizCard} parses it (trimmed, ISO).
 */
@Documented
@Constraint(validatedBy = IsoTemporal.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface IsoTemporal {

    Kind value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The two shapes Sansan uses. */
    enum Kind {
        LOCAL_DATE("an ISO date like 2024-04-01", LocalDate::parse),
        OFFSET_DATE_TIME("an ISO date-time with offset like 2024-04-01T10:00:00+09:00", OffsetDateTime::parse);

        private final String expected;
        private final Function<String, ?> parser;

        Kind(String expected, Function<String, ?> parser) {
            this.expected = expected;
            this.parser = parser;
        }

        /** What a valid value looks like, for the rejection message. */
        String expected() {
            return expected;
        }

        boolean parses(String text) {
            try {
                parser.apply(text.trim());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** Passes absent text and text that parses as the annotation's {@link Kind}. */
    final class Check implements ConstraintValidator<IsoTemporal, String> {

        private Kind kind;

        @Override
        public void initialize(IsoTemporal annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || kind.parses(value);
        }
    }
}
