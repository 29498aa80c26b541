package dev.urakata.command.support;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for refused commands in fixture tests. */
public final class Refusals {

    private Refusals() {
    }

    /** A {@link DomainException} with the given code. */
    public static Matcher<Throwable> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof DomainException e && code.is(e.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException with code " + code);
            }
        };
    }
}
