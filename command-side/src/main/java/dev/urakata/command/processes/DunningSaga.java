package dev.urakata.command.processes;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentReminderIssuedEvent;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.OpenLegalCaseCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dunning of an overdue invoice, across finance and legal. Finance's customer account sends the payment reminders;
 * when the last of them (the {@code remindersBeforeCollection}th) has gone out and the invoice is still not settled
 * after {@code collectionAfterLastReminder}, this saga hands it to legal as a collection case. Settling the invoice
 * (payments, customer credit, credit notes) ends the dunning at any point.
 *
 * <p>The case id is derived from the invoice, so a redelivered deadline opens no second case.
 */
@Saga
@SnapshotFields
public class DunningSaga {

    static final String INVOICE_ID = "invoiceId";
    static final String COLLECTION_DUE = "dunning-collection-due";

    private static final Logger log = LoggerFactory.getLogger(DunningSaga.class);

    private CustomerId customerId;
    private InvoiceId invoiceId;
    private Money outstanding;
    private String correlationId;
    private boolean collectionScheduled;

    public DunningSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = INVOICE_ID)
    void on(InvoiceOverdueEvent event, @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlation) {
        customerId = event.customerId();
        invoiceId = event.invoiceId();
        outstanding = event.outstanding();
        correlationId = correlation;
    }

    @SagaEventHandler(associationProperty = INVOICE_ID)
    void on(PaymentReminderIssuedEvent event, DeadlineManager deadlines, ProcessSettings settings) {
        outstanding = event.outstanding();
        if (event.reminderNumber() >= settings.remindersBeforeCollection() && !collectionScheduled) {
            collectionScheduled = true;
            deadlines.schedule(settings.collectionAfterLastReminder(), COLLECTION_DUE, invoiceId.value());
        }
    }

    @SagaEventHandler(associationProperty = INVOICE_ID)
    void on(PaymentAllocatedEvent event, DeadlineManager deadlines) {
        outstanding = event.outstandingAfter();
        endIfSettled(event.statusAfter(), deadlines);
    }

    @SagaEventHandler(associationProperty = INVOICE_ID)
    void on(CustomerCreditAppliedEvent event, DeadlineManager deadlines) {
        outstanding = event.outstandingAfter();
        endIfSettled(event.statusAfter(), deadlines);
    }

    @SagaEventHandler(associationProperty = INVOICE_ID)
    void on(CreditNoteIssuedEvent event, DeadlineManager deadlines) {
        outstanding = event.outstandingAfter();
        endIfSettled(event.statusAfter(), deadlines);
    }

    @DeadlineHandler(deadlineName = COLLECTION_DUE)
    void collectionDue(String subject, CommandGateway commands) {
        OpenLegalCaseCommand collection = new OpenLegalCaseCommand(collectionCaseOf(invoiceId),
                LegalCaseKind.COLLECTION, customerId.value(),
                "Collect overdue invoice " + invoiceId + " (" + outstanding + " outstanding)", invoiceId.value());
        ProcessCommands.send(commands, collection, correlationId)
                .ifPresent(reason -> log.warn("Collection case for invoice {} refused: {}", invoiceId, reason));
        SagaLifecycle.end();
    }

    /** The id of the collection case of {@code invoiceId}. */
    static LegalCaseId collectionCaseOf(InvoiceId invoiceId) {
        return new LegalCaseId("collection-" + invoiceId.value());
    }

    private void endIfSettled(InvoiceStatus status, DeadlineManager deadlines) {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CREDITED) {
            deadlines.cancelAllWithinScope(COLLECTION_DUE);
            SagaLifecycle.end();
        }
    }
}
