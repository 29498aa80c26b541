package dev.urakata.config.messaging;

import dev.urakata.shared.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command sent from an authenticated request with the user's name, taken from the security
 * context and nothing else, so a client can never claim to be someone else. A command without its own
 * correlation id starts a new business transaction whose correlation id is the command's own id.
 */
public class AuthenticatedUserDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                added.put(MetadataKeys.USER, authentication.getName());
            }
            if (!command.getMetaData().containsKey(MetadataKeys.CORRELATION_ID)) {
                added.put(MetadataKeys.CORRELATION_ID, command.getIdentifier());
            }
            return added.isEmpty() ? command : command.andMetaData(MetaData.from(added));
        };
    }
}
