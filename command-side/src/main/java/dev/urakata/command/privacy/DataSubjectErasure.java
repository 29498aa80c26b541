package dev.urakata.command.privacy;

import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.privacy.ErasePersonalDataCommand;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PrivacyErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The erasure of one data subject's personal data: it happens once, and is itself recorded as an event.
 *
 * <p>The key is destroyed after the event is committed, never before: a failed append must not lose data without
 * a trace. {@link PersonalDataKeyShredder} destroys it again from the event, should the process stop in between.
 */
@Aggregate(cache = "aggregateCache")
class DataSubjectErasure {

    @AggregateIdentifier
    private String erasureId;

    DataSubjectErasure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ErasePersonalDataCommand command, SubjectKeyStore keys) {
        if (erasureId != null) {
            throw new DomainException(PrivacyErrors.ALREADY_ERASED,
                    "The personal data of " + command.subjectId() + " has already been erased");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "reason is required");
        }
        String subject = command.subjectId().value();
        if (!keys.known(subject)) {
            throw new DomainException(PrivacyErrors.DATA_SUBJECT_UNKNOWN,
                    "No personal data was ever recorded about " + subject);
        }
        apply(new PersonalDataErasedEvent(command.subjectId(), command.reason().trim()));
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> keys.erase(subject));
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasureId = ErasePersonalDataCommand.erasureIdOf(event.subjectId());
    }
}
