package dev.urakata.query.console;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The hidden id every console form carries (see {@link FormCommands#newFormId()}): it becomes the id of what the
 * form creates, so it must be a plausible id and nothing else.
 */
@NotBlank
@Pattern(regexp = "[A-Za-z0-9_-]{1,64}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface FormId {

    String message() default "is not a valid form id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
