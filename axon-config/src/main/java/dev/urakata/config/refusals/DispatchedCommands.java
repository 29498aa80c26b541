package dev.urakata.config.refusals;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Leaves the command an HTTP request sends in the request ({@link RefusalRecorder#COMMAND_ATTRIBUTE}), so that a
 * refusal of it can name the command. A dispatch interceptor, so every way a request sends a command is covered (the
 * API's controllers, the console's forms) without any of them knowing; it runs on the thread that sends, where the
 * request is. A request that sends several commands one after the other leaves the last, which is the one refused
 * when a refusal ends it. Commands sent by sagas, policies and deadlines have no request and are left alone.
 */
public class DispatchedCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                // a reference only: the name and target are read from it if, and only if, it is refused
                request.setAttribute(RefusalRecorder.COMMAND_ATTRIBUTE, command, RequestAttributes.SCOPE_REQUEST);
            }
            return command;
        };
    }
}
