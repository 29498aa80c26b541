package dev.urakata.shared;

import dev.urakata.shared.error.Checks;

import java.util.regex.Pattern;

/**
 * An e-mail address as the back office keeps it: trimmed, at most 254 characters, one {@code @} with something on
 * both sides and no white space. Deliberately loose: the mail server decides the rest. Commands and events carry the
 * address as a plain string (the events' JSON stays as it is); aggregates check it through this type.
 *
 * @param value the address, trimmed
 */
public record EmailAddress(String value) {

    /** At most this many characters (RFC 5321's limit on a path). */
    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** Refuses the command unless {@code value} is an address of this form. */
    public EmailAddress {
        Checks.require(value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches(),
                "an e-mail address needs one '@' with text on both sides, no spaces and at most " + MAX_LENGTH
                        + " characters");
    }

    /** The address typed as {@code raw}, without surrounding white space; refuses the command when it is not one. */
    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
