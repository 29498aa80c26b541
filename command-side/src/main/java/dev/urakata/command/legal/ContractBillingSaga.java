package dev.urakata.command.legal;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.web.Refusals;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Invoices a signed customer contract by its billing plan: the first invoice on the day of signing, each further
 * monthly instalment when its deadline fires a month after the one before (at the start of that day, UTC, like the
 * contract's own deadlines). Each invoice is drafted on the customer's account naming the contract, then issued with
 * the instalment's date as its invoice date and the customer's payment terms, so it is a receivable the contract
 * view can follow to paid.
 *
 * <p>A termination or expiry ends the saga: instalments not yet due are not invoiced. Invoice ids are derived from
 * the contract id and the instalment number, so a redelivered step drafts nothing twice (an issued invoice refuses
 * a second draft or issue, which is logged, not retried). What the system sends carries user "system" and the
 * signing's correlation id by the correlation data providers; nothing here sets them.
 */
@Saga
@SnapshotFields
public class ContractBillingSaga {

    static final String CONTRACT_ID = "contractId";
    /** Fires on the day the next monthly instalment is due; the payload is that instalment's number (from 1). */
    static final String NEXT_INSTALMENT = "contract-next-instalment";

    private static final Logger log = LoggerFactory.getLogger(ContractBillingSaga.class);

    private ContractId contractId;
    private CustomerId customerId;
    private LocalDate signedOn;
    private ContractBilling billing;
    /** Instalments invoiced so far. */
    private int invoiced;

    public ContractBillingSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = CONTRACT_ID)
    void on(ContractSignedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        if (contractId != null) {
            return; // a redelivered signing: this saga already runs
        }
        if (event.kind() != ContractKind.CUSTOMER || event.billing() == null) {
            SagaLifecycle.end(); // not invoiced
            return;
        }
        contractId = event.contractId();
        customerId = new CustomerId(event.counterpartyId());
        signedOn = event.signedOn();
        billing = event.billing();
        invoiceNext(commands, deadlines);
    }

    @DeadlineHandler(deadlineName = NEXT_INSTALMENT)
    void instalmentDue(String number, CommandGateway commands, DeadlineManager deadlines) {
        if (Integer.parseInt(number) != invoiced + 1) {
            return; // already invoiced (a deadline fired twice)
        }
        invoiceNext(commands, deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT_ID)
    void on(ContractTerminatedEvent event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(NEXT_INSTALMENT);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT_ID)
    void on(ContractExpiredEvent event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(NEXT_INSTALMENT);
    }

    /** The id of instalment {@code number} of {@code contract}'s invoices: readable while it fits an id. */
    static InvoiceId invoiceIdOf(ContractId contract, int number) {
        String readable = contract.value() + "-" + number;
        return new InvoiceId(readable.length() <= 64 ? readable
                : UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The day instalment {@code number} is invoiced: the signing day, then the same day of each later month. */
    static LocalDate dueOn(LocalDate signedOn, int number) {
        return signedOn.plusMonths(number - 1L);
    }

    private void invoiceNext(CommandGateway commands, DeadlineManager deadlines) {
        List<Money> instalments = billing.instalments();
        int number = invoiced + 1;
        InvoiceId invoiceId = invoiceIdOf(contractId, number);
        String description = "Contract " + contractId + ": " + (instalments.size() == 1 ? "one-off"
                : "instalment " + number + " of " + instalments.size());
        boolean drafted = send(commands, new DraftInvoiceCommand(customerId, invoiceId, List.of(new InvoiceLine(
                description, BigDecimal.ONE, instalments.get(number - 1), billing.taxCode())), contractId));
        if (drafted) {
            send(commands, new IssueInvoiceCommand(customerId, invoiceId, dueOn(signedOn, number), null));
        }
        invoiced = number;
        if (number < instalments.size()) {
            Instant at = dueOn(signedOn, number + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            deadlines.schedule(at, NEXT_INSTALMENT, String.valueOf(number + 1));
        } else {
            SagaLifecycle.end();
        }
    }

    /**
     * Sends and waits. A business refusal (an invoice already issued, a closed accounting period) is logged and
     * answered {@code false}: finance sees the draft, or its absence, in the contract's invoices. Any other failure
     * is thrown so the event or deadline is handled again; the commands are idempotent by their derived ids.
     */
    private boolean send(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (RuntimeException failed) {
            ErrorDetails refusal = Refusals.of(failed).orElseThrow(() -> failed);
            log.warn("Billing of contract {}: {} refused: {} {}", contractId, command.getClass().getSimpleName(),
                    refusal.code(), refusal.detail());
            return false;
        }
    }
}
