package dev.urakata.shared.hr;

import dev.urakata.shared.error.Checks;

import java.util.regex.Pattern;

/**
 * The number a company gives an employee (unique among its employees, unlike the name): 1 to {@value #MAX_LENGTH}
 * letters, digits, {@code .}, {@code _} or {@code -}, so that it can stand in a file name, a URL or a sign-in binding
 * as it is. Commands and events carry it as a plain string; the aggregate checks it through this type, and the web
 * forms use {@link #FORM} for the same rule.
 *
 * @param value the number, trimmed
 */
public record EmployeeNumber(String value) {

    /** At most this many characters. */
    public static final int MAX_LENGTH = 32;
    /**
     * The characters a number may have, as a regular expression for a whole value. It lets the empty value through,
     * so that a form's empty field is told only that it is required, not also that its characters are wrong.
     */
    public static final String FORM = "[A-Za-z0-9._-]*";
    /** What a refused number is told, beside its field name. */
    public static final String FORM_MESSAGE = "may contain only letters, digits, '.', '_' and '-'";
    private static final Pattern PATTERN = Pattern.compile(FORM);

    /** Refuses the command unless {@code value} is a number of this form. */
    public EmployeeNumber {
        Checks.require(value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                        && PATTERN.matcher(value).matches(),
                "employeeNumber is required, at most " + MAX_LENGTH + " characters, and " + FORM_MESSAGE);
    }

    /** The number typed as {@code raw}, without surrounding white space; refuses the command when it is not one. */
    public static EmployeeNumber of(String raw) {
        return new EmployeeNumber(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
