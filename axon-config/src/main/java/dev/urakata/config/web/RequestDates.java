package dev.urakata.config.web;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * The dates and instants a request parameter may name: years 1900 to 9999. java.time parses far more (up to year
 * one billion), and such a value overflows wherever it becomes milliseconds (a MongoDB date, an event timestamp):
 * that used to be a 500. Nothing this back office records lies outside the range, so a value outside it is a 400.
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
            throw new DomainException(ErrorCode.INVALID_INPUT,
                    parameter + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return value;
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
