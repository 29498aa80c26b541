package dev.urakata.command;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for commands refused with a {@link DomainException}, for the aggregate test fixtures. */
public final class Refusals {

    private Refusals() {
    }

    /** Matches a {@link DomainException} with the given code. */
    public static Matcher<Throwable> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof DomainException e && e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException with code " + code);
            }
        };
    }
}
