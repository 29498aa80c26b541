package dev.urakata.command.processes;

import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.Map;

/** What the process saga tests share. */
final class ProcessFixtures {

    private ProcessFixtures() {
    }

    /** Metadata of an event that belongs to the business transaction {@code correlationId}. */
    static Map<String, Object> correlated(String correlationId) {
        return Map.of("correlationId", correlationId);
    }

    /** Matches a non-empty list of dispatched commands that all carry {@code correlationId}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Matcher allCorrelatedWith(String correlationId) {
        return new CustomTypeSafeMatcher<List>("commands all correlated with " + correlationId) {
            @Override
            protected boolean matchesSafely(List commands) {
                return !commands.isEmpty() && commands.stream().allMatch(command ->
                        correlationId.equals(((CommandMessage<?>) command).getMetaData().get("correlationId")));
            }
        };
    }

    /** Matches a list of dispatched commands among which is one with {@code payload}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Matcher including(Object payload) {
        return new CustomTypeSafeMatcher<List>("commands including " + payload) {
            @Override
            protected boolean matchesSafely(List commands) {
                return commands.stream().anyMatch(command -> payload.equals(((CommandMessage<?>) command).getPayload()));
            }
        };
    }
}
