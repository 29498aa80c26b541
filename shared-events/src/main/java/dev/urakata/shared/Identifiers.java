package dev.urakata.shared;

import java.util.regex.Pattern;

/**
 * The one rule every typed identifier follows: 1-64 letters, digits, dashes or underscores, so ids are safe in
 * URLs, file names and log lines.
 */
public final class Identifiers {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Identifiers() {
    }

    /** Returns {@code value} if it is a valid identifier, else throws {@link IllegalArgumentException}. */
    public static String require(String value, String what) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '-' or '_'");
        }
        return value;
    }
}
