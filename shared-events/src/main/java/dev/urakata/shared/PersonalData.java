package dev.urakata.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a message field that holds personal data about a natural person.
 *
 * <p>Events are immutable, so personal data cannot be deleted from them later; marking the fields from day one
 * lets a later layer encrypt exactly these fields with a per-person key (crypto-shredding) and lets readers
 * without a need to know (analysts) be served views that leave them out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
