package dev.urakata.config.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * The dates and instants a request parameter may name: years 1900 to 9999. java.time parses far more (up to year
 * one billion), and such a value overflows wherever it becomes milliseconds (a MongoDB date, an event timestamp):
 * that used to be a 500. Nothing this back office records lies outside the range, so a value outside it is a 400.
 * The same range holds for every date, month, date-time and instant in a request body ({@link #module()}); fields
 * that are business dates narrow it further with {@code @PlausibleDate}.
 */
public final class RequestDates {

    /** The first year a parameter may name. */
    public static final int MIN_YEAR = 1900;
    /** The last year a parameter may name. */
    public static final int MAX_YEAR = 9999;

    private static final Instant FIRST = Instant.parse(MIN_YEAR + "-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+" + (MAX_YEAR + 1) + "-01-01T00:00:00Z");

    private RequestDates() {
    }

    /** Whether {@code value} (a date, month, date-time or instant) lies in the years 1900 to 9999. */
    public static boolean inRange(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
        if (value.isSupported(ChronoField.INSTANT_SECONDS)) {
            // An offset or zoned date-time: judged by the instant it names.
            return inRange(Instant.ofEpochSecond(value.getLong(ChronoField.INSTANT_SECONDS)));
        }
        if (value.isSupported(ChronoField.YEAR)) {
            long year = value.getLong(ChronoField.YEAR);
            return year >= MIN_YEAR && year <= MAX_YEAR;
        }
        return true; // a time of day or a duration has no year
    }

    /** Returns {@code value}; INVALID_INPUT naming {@code parameter} when it lies outside the years 1900 to 9999. */
    public static <T extends TemporalAccessor> T requireInRange(String parameter, T value) {
        if (value != null && !inRange(value)) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    parameter + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return value;
    }

    /**
     * A Jackson module that refuses, in whatever a mapper reads, a date, month, date-time or instant outside the
     * years 1900 to 9999: java.time's own deserializers read the value, this checks it.
     */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("urakata-request-dates");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                        ? new InRange(deserializer) : deserializer;
            }
        });
        return module;
    }

    /**
     * A date or instant in a request body outside the range. A mapping exception, so that Jackson adds the path of
     * the field it was read for on its way out.
     */
    public static final class OutOfRangeException extends MismatchedInputException {

        OutOfRangeException(JsonParser parser, Class<?> type) {
            super(parser, "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR, type);
        }

        /** What is wrong with the value. */
        public String reason() {
            return "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR;
        }
    }

    /** Reads with java.time's deserializer, then checks the range. */
    private static final class InRange extends DelegatingDeserializer {

        InRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !inRange(temporal)) {
                throw new OutOfRangeException(parser, value.getClass());
            }
            return value;
        }
    }

    /**
     * Spring's {@code @DateTimeFormat} parsing of request parameters, with the range check added: a parameter out
     * of range fails to convert, which Spring MVC answers 400 like any other unparsable parameter.
     */
    static final class FormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return standard.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                if (value instanceof TemporalAccessor temporal && !inRange(temporal)) {
                    throw new IllegalArgumentException("outside the years " + MIN_YEAR + " to " + MAX_YEAR);
                }
                return value;
            };
        }
    }
}
