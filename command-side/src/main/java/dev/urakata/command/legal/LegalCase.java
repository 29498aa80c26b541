package dev.urakata.command.legal;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.legal.ChangeLegalCaseStatusCommand;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseNoteRecordedEvent;
import dev.urakata.shared.legal.LegalCaseOpenedEvent;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseStatusChangedEvent;
import dev.urakata.shared.legal.LegalErrors;
import dev.urakata.shared.legal.OpenLegalCaseCommand;
import dev.urakata.shared.legal.RecordLegalCaseNoteCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static dev.urakata.shared.error.Checks.blankToNull;
import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One legal case: opened (idempotently, as the dunning saga may redeliver), noted, moved from OPEN to IN_PROGRESS
 * and on to one of the closing statuses; a closed case accepts nothing more.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class LegalCase {

    private static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private LegalCaseId caseId;
    private LegalCaseKind kind;
    private String counterpartyId;
    private String subject;
    private String reference;
    private LegalCaseStatus status;

    LegalCase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenLegalCaseCommand command) {
        require(command.caseId() != null, "caseId is required");
        require(command.kind() != null, "kind is required");
        requireText(command.subject(), 200, "subject");
        require(command.counterpartyId() == null || command.counterpartyId().length() <= 64,
                "counterpartyId has at most 64 characters");
        require(command.reference() == null || command.reference().length() <= 200,
                "reference has at most 200 characters");
        String newCounterparty = blankToNull(command.counterpartyId());
        String newReference = blankToNull(command.reference());
        if (caseId != null) {
            if (kind == command.kind() && subject.equals(command.subject().strip())
                    && Objects.equals(counterpartyId, newCounterparty) && Objects.equals(reference, newReference)) {
                return; // a redelivered opening: already recorded
            }
            throw new DomainException(CommonErrors.ALREADY_EXISTS,
                    "Legal case " + caseId + " already exists with other facts");
        }
        apply(new LegalCaseOpenedEvent(command.caseId(), command.kind(), newCounterparty, command.subject().strip(),
                newReference));
    }

    @CommandHandler
    void handle(RecordLegalCaseNoteCommand command) {
        requireOpen();
        requireText(command.note(), MAX_TEXT, "note");
        apply(new LegalCaseNoteRecordedEvent(caseId, command.note().strip()));
    }

    @CommandHandler
    void handle(ChangeLegalCaseStatusCommand command) {
        requireOpen();
        require(command.status() != null, "status is required");
        require(command.note() == null || command.note().length() <= MAX_TEXT,
                "note has at most " + MAX_TEXT + " characters");
        if (command.status() == status || command.status() == LegalCaseStatus.OPEN) {
            throw new DomainException(LegalErrors.LEGAL_CASE_STATUS_CONFLICT,
                    "Legal case " + caseId + " is " + status + " and cannot go to " + command.status());
        }
        apply(new LegalCaseStatusChangedEvent(caseId, status, command.status(), blankToNull(command.note())));
    }

    @EventSourcingHandler
    void on(LegalCaseOpenedEvent event) {
        caseId = event.caseId();
        kind = event.kind();
        counterpartyId = event.counterpartyId();
        subject = event.subject();
        reference = event.reference();
        status = LegalCaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LegalCaseStatusChangedEvent event) {
        status = event.to();
    }

    private void requireOpen() {
        if (status.closed()) {
            throw new DomainException(LegalErrors.LEGAL_CASE_STATUS_CONFLICT,
                    "Legal case " + caseId + " is " + status + " and accepts nothing more");
        }
    }
}
