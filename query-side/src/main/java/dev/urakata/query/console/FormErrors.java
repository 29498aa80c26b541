package dev.urakata.query.console;

import dev.urakata.config.web.RequestText;
import org.springframework.validation.BindingResult;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form's errors as the API's problem documents word them ({@code field message}), kept per field so the page can
 * show each beside its field, plus form-wide refusals; the first error of a field wins.
 */
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> global = new ArrayList<>();

    FormErrors() {
    }

    /**
     * The errors of a bound form, with every text field held to the API's rules ({@link RequestText}): a control
     * character, an unpaired surrogate or a bidi override is refused here as it is in a JSON body.
     */
    FormErrors(BindingResult binding) {
        refuseUnacceptableText("", binding.getTarget());
        binding.getFieldErrors().forEach(e -> add(e.getField(), e.getDefaultMessage()));
        binding.getGlobalErrors().forEach(e -> addGlobal(e.getDefaultMessage()));
    }

    /** Walks a form record (and the records and lists inside it), refusing text the API would refuse. */
    private void refuseUnacceptableText(String path, Object value) {
        if (value instanceof String text) {
            String refusal = RequestText.refusal(text);
            if (refusal != null) {
                add(path, "contains " + refusal);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                refuseUnacceptableText(path + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Record form) {
            for (RecordComponent component : form.getClass().getRecordComponents()) {
                try {
                    refuseUnacceptableText(path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            component.getAccessor().invoke(form));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read form field " + component.getName(), e);
                }
            }
        }
    }

    void add(String field, String message) {
        fields.putIfAbsent(field, message);
    }

    void addGlobal(String message) {
        global.add(message);
    }

    /** Whether {@code field} has an error. */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The error of {@code field}, or {@code null}. */
    public String of(String field) {
        return fields.get(field);
    }

    /** The HTML id of a field: its name with an indexed path ({@code lines[0].quantity}) made plain. */
    public String id(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    /** Every field error, in form order. */
    public Map<String, String> fields() {
        return fields;
    }

    /** Refusals that are about the whole form. */
    public List<String> global() {
        return global;
    }

    /** Whether there is any error. */
    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }

    /** The parsed value of a field not already in error, or {@code null} with {@code message} as its error. */
    <T> T parse(String field, String value, Function<String, T> parser, String message) {
        if (has(field) || value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            add(field, message);
            return null;
        }
    }

    static LocalDateTime dateTime(String value) {
        LocalDateTime time = LocalDateTime.parse(value);
        plausible(time.getYear());
        return time;
    }

    static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        plausible(date.getYear());
        return date;
    }

    private static void plausible(int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("implausible year");
        }
    }
}
