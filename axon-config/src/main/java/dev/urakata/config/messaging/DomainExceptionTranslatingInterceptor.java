package dev.urakata.config.messaging;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Turns a refused command into a {@link CommandExecutionException} carrying {@link ErrorDetails}.
 *
 * <p>Why: Axon Server forwards only a {@code CommandExecutionException}'s details to a remote sender, so this is
 * the one form in which the stable error code reaches the HTTP layer in both run modes. An id that names nothing
 * ({@link AggregateNotFoundException}) or a record of another kind ({@link IncompatibleAggregateException}) is
 * {@code NOT_FOUND}.
 */
public class DomainExceptionTranslatingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(DomainExceptionTranslatingInterceptor.class);
    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), null, ErrorDetails.of(e.code(), e.getMessage()));
        } catch (AggregateNotFoundException e) {
            String detail = "Nothing is recorded under id " + e.getAggregateIdentifier();
            throw new CommandExecutionException(detail, null, ErrorDetails.of(CommonErrors.NOT_FOUND, detail));
        } catch (IncompatibleAggregateException e) {
            // The id names a record of another kind (a stock item's id where a payroll run's is expected): for this
            // command nothing is recorded under it. Logged, since a broken aggregate class fails the same way.
            log.info("A command addressed an id of another kind: {}", e.getMessage());
            String detail = "Nothing of the kind this command addresses is recorded under id "
                    + targetOf(unitOfWork.getMessage());
            throw new CommandExecutionException(detail, null, ErrorDetails.of(CommonErrors.NOT_FOUND, detail));
        } catch (PessimisticLockingFailureException e) {
            // A row lock held by a command on the same record (a person's rota) outlasted the wait: the same
            // outcome as two appends racing, and answered the same way, a 409 to retry, not a 500.
            log.info("A command waited too long for a lock: {}", e.getMessage());
            String detail = "Another change to the same record is being recorded at this moment; retry";
            throw new CommandExecutionException(detail, null,
                    ErrorDetails.of(CommonErrors.CONCURRENT_MODIFICATION, detail));
        }
    }

    private static String targetOf(CommandMessage<?> command) {
        try {
            return TARGETS.resolveTarget(command).getIdentifier();
        } catch (RuntimeException e) {
            return "(not named by the command)";
        }
    }
}
