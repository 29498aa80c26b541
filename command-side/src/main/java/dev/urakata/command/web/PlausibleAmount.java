package dev.urakata.command.web;

import dev.urakata.shared.money.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A positive amount below one trillion units of its currency: larger figures are input errors in any back office
 * this serves, and refusing them keeps sums far from any overflow. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleAmount.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleAmount {
    String message() default "must be a positive amount below 1000000000000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks sign and magnitude. */
    class Validator implements ConstraintValidator<PlausibleAmount, Money> {
        private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || (value.amount().signum() > 0 && value.amount().compareTo(LIMIT) < 0);
        }
    }
}
