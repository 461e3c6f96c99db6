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

/**
 * The phone, already parsed by {@link PhoneNumbers} (which needs the card's region), is absent or valid.
 */
@Documented
@Constraint(validatedBy = ValidPhone.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidPhone {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes absent numbers and those {@link PhoneNumbers} found valid. */
    final class Check implements ConstraintValidator<ValidPhone, PhoneNumbers.Result> {

        @Override
        public boolean isValid(PhoneNumbers.Result value, ConstraintValidatorContext context) {
            return value == null || value instanceof PhoneNumbers.Valid;
        }
    }
}
