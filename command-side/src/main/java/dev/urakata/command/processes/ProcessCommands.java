package dev.urakata.command.processes;

import dev.urakata.command.web.Refusals;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.ErrorDetails;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.Map;
import java.util.Optional;

/**
 * How the process sagas send commands: as part of the business transaction that started the process (its
 * correlation id), so a whole onboarding is one trail in the audit log even where a person's act (signing the
 * contract) moved it on; and waiting for the answer, so a refusal becomes an escalation rather than a lost step.
 */
final class ProcessCommands {

    private ProcessCommands() {
    }

    /**
     * Sends {@code command} under {@code correlationId} and waits. Answers the refusal's reason if the receiving
     * aggregate refused it for a business reason; any other failure is thrown, so the event is handled again later
     * (every command the sagas send is idempotent).
     */
    static Optional<String> send(CommandGateway commands, Object command, String correlationId) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (correlationId != null) {
            message = message.andMetaData(Map.of(MetadataKeys.CORRELATION_ID, correlationId));
        }
        try {
            commands.sendAndWait(message);
            return Optional.empty();
        } catch (RuntimeException failed) {
            ErrorDetails refusal = Refusals.of(failed).orElseThrow(() -> failed);
            return Optional.of(refusal.code() + ": " + refusal.detail());
        }
    }
}
