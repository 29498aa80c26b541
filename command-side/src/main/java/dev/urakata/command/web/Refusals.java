package dev.urakata.command.web;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;

import java.util.Optional;

/**
 * Tells a business refusal from any other failure of a command that was sent and awaited. A handler in this process
 * refuses with a {@link DomainException}; one reached over Axon Server refuses with a
 * {@link CommandExecutionException} whose details are the {@link ErrorDetails}.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The code and detail of the refusal, or empty if {@code failure} is not a business refusal. */
    public static Optional<ErrorDetails> of(RuntimeException failure) {
        if (failure instanceof DomainException refused) {
            return Optional.of(ErrorDetails.of(refused.code(), refused.getMessage()));
        }
        if (failure instanceof CommandExecutionException execution
                && execution.getDetails().orElse(null) instanceof ErrorDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }
}
