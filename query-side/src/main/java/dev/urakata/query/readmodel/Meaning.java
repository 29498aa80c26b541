package dev.urakata.query.readmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field of a read model's document record means, as the analysts' catalogue shows it. The record is the
 * document: its components are the stored fields, their Java types give the stored types ({@code ReadModelMapping}),
 * and {@link DocumentFields} turns the whole into the catalogue's field list, so the catalogue cannot drift from what
 * a projection writes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Meaning {

    /** The meaning, as a phrase in lower case ("quantity on hand"). */
    String value();

    /** Whether some documents lack the field (or hold null in it). */
    boolean optional() default false;

    /** Personal data analysts never see: the analysts' port drops the field, the catalogue only names it. */
    boolean hidden() default false;
}
