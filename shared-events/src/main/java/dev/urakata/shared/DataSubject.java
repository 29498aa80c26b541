package dev.urakata.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field of an event that names the natural person its {@link PersonalData} fields are about: the data
 * subject whose key encrypts them, and whose erasure shreds them. Its value must appear in JSON as a string (an
 * id such as {@code EmployeeId}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubject {
}
