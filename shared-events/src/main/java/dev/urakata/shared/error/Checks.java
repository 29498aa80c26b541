package dev.urakata.shared.error;

/**
 * The input checks every aggregate makes before it decides anything: a failed check refuses the command as
 * {@link CommonErrors#INVALID_INPUT} with a message the caller can act on, and appends nothing.
 */
public final class Checks {

    private Checks() {
    }

    /** Refuses the command with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new DomainException(CommonErrors.INVALID_INPUT, message);
        }
    }

    /** Refuses the command unless the field {@code field}'s {@code value} has text, at most {@code max} characters. */
    public static void requireText(String value, int max, String field) {
        require(notBlank(value) && value.length() <= max, field + " is required (at most " + max + " characters)");
    }

    /** Whether {@code value} has anything but white space. */
    public static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** {@code value} without surrounding white space, or {@code null} when there is nothing else. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
