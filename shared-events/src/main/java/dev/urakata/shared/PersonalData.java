package dev.urakata.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a message field that holds personal data about a natural person.
 *
 * <p>Events are immutable, so personal data cannot be deleted from them. Instead, the event serializer encrypts
 * every {@linkplain #erasable() erasable} field of an event with a key of its {@link DataSubject}, and erasing the
 * subject destroys that key (crypto-shredding): the events stay, those fields read as a placeholder. Readers
 * without a need to know (analysts) are served views that leave every marked field out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /**
     * Whether erasing the data subject erases this field. Erasable fields must be strings (names, addresses,
     * free text): they are what identifies a person. Pay amounts are personal too but are kept ({@code false}):
     * payroll and tax records must be retained for years whatever the employee asks (GDPR Art. 17(3)(b)), and
     * without the name an amount no longer identifies anybody.
     */
    boolean erasable() default true;
}
