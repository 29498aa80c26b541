package dev.urakata.config.messaging;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns a refused command into a {@link CommandExecutionException} carrying {@link ErrorDetails}.
 *
 * <p>Why: Axon Server forwards only a {@code CommandExecutionException}'s details to a remote sender, so this is
 * the one form in which the stable error code reaches the HTTP layer in both run modes.
 */
public class DomainExceptionTranslatingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), null, new ErrorDetails(e.code(), e.getMessage()));
        } catch (AggregateNotFoundException e) {
            String detail = "Nothing is recorded under id " + e.getAggregateIdentifier();
            throw new CommandExecutionException(detail, null, new ErrorDetails(ErrorCode.NOT_FOUND, detail));
        }
    }
}
