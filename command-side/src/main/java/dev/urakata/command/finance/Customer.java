package dev.urakata.command.finance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.ApplyCustomerCreditCommand;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.CustomerRegisteredEvent;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.IssueCreditNoteCommand;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentAllocation;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.PaymentReminderIssuedEvent;
import dev.urakata.shared.finance.RecordPaymentCommand;
import dev.urakata.shared.finance.RegisterCustomerCommand;
import dev.urakata.shared.finance.TaxedLine;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's account: its invoices from draft to paid, credit notes, payments and the credit it holds.
 *
 * <p>The account, not the single invoice, is the consistency boundary because one payment settles several
 * invoices at once and whatever is left becomes credit: allocating within one aggregate means a payment can never
 * settle more than is outstanding, even when two payments arrive at the same moment. For the same reason invoices
 * are plain state of the account rather than {@code @AggregateMember} entities: a payment's allocations, a credit
 * note's surplus and an application of credit each decide across invoices and the account's credit at once.
 *
 * <p>Tax is rounded per line: net = quantity x unit price and tax = net x rate, each half-even to the currency's
 * minor unit, and an invoice's tax is the sum of its lines' taxes.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Customer {

    /** Fires at the end of an invoice's due date; the payload is the invoice id. */
    static final String INVOICE_DUE = "invoice-due";
    /** Fires every {@link #REMINDER_INTERVAL} while an overdue invoice stays unsettled; payload the invoice id. */
    static final String PAYMENT_REMINDER = "payment-reminder";
    static final Duration REMINDER_INTERVAL = Duration.ofDays(14);
    /** After this many reminders an invoice is a case for collections, not for another letter. */
    static final int MAX_REMINDERS = 3;
    private static final int MAX_QUANTITY_DECIMALS = 3;
    private static final int MAX_LINES = 200;

    @AggregateIdentifier
    private CustomerId customerId;
    private String currency;
    private int paymentTermsDays;
    /** Drafts and invoices with something outstanding: what payments, credit, reminders and deadlines act on. */
    private Map<String, Invoice> invoices = new HashMap<>();
    /**
     * Invoices with nothing left outstanding (paid or credited in full). They leave {@link #invoices} and keep only
     * what a later credit note (a refund to the customer's credit) and a reused invoice id are decided by; their due
     * date, reminders and draft lines are forgotten. (An account snapshotted before settled invoices were moved here
     * keeps them in {@code invoices}, with nothing outstanding, which every decision treats alike.)
     */
    private Map<String, Invoice> settled = new HashMap<>();
    private Set<String> payments = new HashSet<>();
    private Set<String> creditApplications = new HashSet<>();
    private Money credit;

    /** What the account remembers of one invoice: enough to decide, nothing more. */
    @SnapshotFields
    static class Invoice {
        InvoiceStatus status;
        List<InvoiceLine> draftLines = List.of();
        ContractId contractId;
        LocalDate issueDate;
        LocalDate dueDate;
        Money gross;
        Money outstanding;
        Money paid;
        Money credited;
        Map<String, BigDecimal> ratesByCode = new HashMap<>();
        Set<String> creditNotes = new HashSet<>();
        int reminders;

        // Axon's fixtures compare state rebuilt from events with state after the command by equals().
        @Override
        public boolean equals(Object other) {
            return other instanceof Invoice that && status == that.status && reminders == that.reminders
                    && Objects.equals(draftLines, that.draftLines) && Objects.equals(contractId, that.contractId)
                    && Objects.equals(issueDate, that.issueDate)
                    && Objects.equals(dueDate, that.dueDate) && Objects.equals(gross, that.gross)
                    && Objects.equals(outstanding, that.outstanding) && Objects.equals(paid, that.paid)
                    && Objects.equals(credited, that.credited) && ratesByCode.equals(that.ratesByCode)
                    && creditNotes.equals(that.creditNotes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, issueDate, outstanding);
        }
    }

    Customer() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Customer(RegisterCustomerCommand command) {
        require(command.customerId() != null, "customerId is required");
        requireText(command.name(), 200, "name");
        require(command.paymentTermsDays() >= 0 && command.paymentTermsDays() <= 365,
                "paymentTermsDays must be between 0 and 365");
        try {
            Money.of("0", command.currency() == null ? "" : command.currency());
        } catch (IllegalArgumentException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "currency: " + e.getMessage());
        }
        apply(new CustomerRegisteredEvent(command.customerId(), command.name().strip(), command.currency(),
                command.paymentTermsDays()));
    }

    @CommandHandler
    void handle(DraftInvoiceCommand command, TaxRates rates) {
        require(command.invoiceId() != null, "invoiceId is required");
        Invoice existing = known(command.invoiceId().value());
        if (existing != null && existing.status != InvoiceStatus.DRAFT) {
            throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                    "Invoice " + command.invoiceId() + " is " + existing.status
                            + "; an issued invoice is corrected by a credit note, never edited");
        }
        requireLines(command.lines(), rates);
        // A redraft that names no contract keeps the one the invoice bills: replacing lines does not unlink it.
        ContractId contract = command.contractId() != null || existing == null ? command.contractId()
                : existing.contractId;
        apply(new InvoiceDraftedEvent(customerId, command.invoiceId(), currency, command.lines(), contract));
    }

    @CommandHandler
    void handle(IssueInvoiceCommand command, TaxRates rates, DeadlineManager deadlines) {
        Invoice invoice = invoice(command.invoiceId());
        if (invoice.status != InvoiceStatus.DRAFT) {
            throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                    "Invoice " + command.invoiceId() + " is already " + invoice.status);
        }
        require(command.issueDate() != null, "issueDate is required");
        LocalDate due = command.dueDate() != null ? command.dueDate()
                : command.issueDate().plusDays(paymentTermsDays);
        require(!due.isBefore(command.issueDate()), "dueDate may not lie before issueDate");
        List<TaxedLine> lines = taxed(invoice.draftLines, command.issueDate(), rates, Map.of());
        apply(new InvoiceIssuedEvent(customerId, command.invoiceId(), command.issueDate(), due, lines,
                sum(lines, TaxedLine::net), sum(lines, TaxedLine::tax), sum(lines, TaxedLine::gross)));
        // Overdue means "not settled by the end of the due date".
        deadlines.schedule(due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), INVOICE_DUE,
                command.invoiceId().value());
    }

    @CommandHandler
    void handle(IssueCreditNoteCommand command, TaxRates rates) {
        Invoice invoice = invoice(command.invoiceId());
        require(command.creditNoteId() != null, "creditNoteId is required");
        if (invoice.creditNotes.contains(command.creditNoteId().value())) {
            return; // a retried credit note: already booked
        }
        if (invoice.status == InvoiceStatus.DRAFT) {
            throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                    "Invoice " + command.invoiceId() + " is a draft: change its lines instead of crediting it");
        }
        require(command.issueDate() != null, "issueDate is required");
        require(!command.issueDate().isBefore(invoice.issueDate), "a credit note cannot predate its invoice");
        requireText(command.reason(), 500, "reason");
        requireLines(command.lines(), rates);
        for (InvoiceLine line : command.lines()) {
            if (!invoice.ratesByCode.containsKey(line.taxCode())) {
                throw new DomainException(FinanceErrors.UNKNOWN_TAX_CODE,
                        "Invoice " + command.invoiceId() + " has no line taxed " + line.taxCode());
            }
        }
        // Credited at the invoice's own rates, so a rate change in between cannot credit more tax than was charged.
        List<TaxedLine> lines = taxed(command.lines(), invoice.issueDate, rates, invoice.ratesByCode);
        Money gross = sum(lines, TaxedLine::gross);
        Money worth = invoice.gross.minus(invoice.credited);
        if (gross.amount().compareTo(worth.amount()) > 0) {
            throw new DomainException(FinanceErrors.CREDIT_EXCEEDS_INVOICE,
                    "Invoice " + command.invoiceId() + " is worth " + worth + " after earlier credit notes; "
                            + "cannot credit " + gross);
        }
        Money applied = min(gross, invoice.outstanding);
        Money outstandingAfter = invoice.outstanding.minus(applied);
        apply(new CreditNoteIssuedEvent(customerId, command.invoiceId(), command.creditNoteId(), command.issueDate(),
                command.reason().strip(), lines, sum(lines, TaxedLine::net), sum(lines, TaxedLine::tax), gross,
                applied, gross.minus(applied), outstandingAfter, statusAfter(invoice, outstandingAfter,
                        invoice.paid)));
    }

    @CommandHandler
    void handle(RecordPaymentCommand command) {
        require(command.paymentId() != null, "paymentId is required");
        if (payments.contains(command.paymentId().value())) {
            return; // a retried payment: already booked
        }
        require(command.amount() != null && command.amount().isPositive(), "amount must be positive");
        requireCurrency(command.amount());
        require(command.receivedOn() != null, "receivedOn is required");
        List<PaymentAllocation> allocations = command.allocations() == null ? List.of() : command.allocations();
        require(allocations.size() <= MAX_LINES, "at most " + MAX_LINES + " allocations");
        Map<String, Money> byInvoice = new LinkedHashMap<>();
        Money allocated = zero();
        for (PaymentAllocation allocation : allocations) {
            require(allocation != null && allocation.invoiceId() != null && allocation.amount() != null
                    && allocation.amount().isPositive(), "each allocation needs an invoiceId and a positive amount");
            requireCurrency(allocation.amount());
            require(!byInvoice.containsKey(allocation.invoiceId().value()),
                    "invoice " + allocation.invoiceId() + " is allocated twice");
            Invoice invoice = invoice(allocation.invoiceId());
            if (invoice.status == InvoiceStatus.DRAFT) {
                throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                        "Invoice " + allocation.invoiceId() + " has not been issued");
            }
            if (allocation.amount().amount().compareTo(invoice.outstanding.amount()) > 0) {
                throw new DomainException(FinanceErrors.OVER_ALLOCATION,
                        "Invoice " + allocation.invoiceId() + " has " + invoice.outstanding + " outstanding; "
                                + "cannot allocate " + allocation.amount());
            }
            byInvoice.put(allocation.invoiceId().value(), allocation.amount());
            allocated = allocated.plus(allocation.amount());
        }
        if (allocated.amount().compareTo(command.amount().amount()) > 0) {
            throw new DomainException(FinanceErrors.OVER_ALLOCATION,
                    "Allocations total " + allocated + ", more than the payment of " + command.amount());
        }
        Money unallocated = command.amount().minus(allocated);
        apply(new PaymentReceivedEvent(customerId, command.paymentId(), command.amount(), command.receivedOn(),
                unallocated, credit.plus(unallocated)));
        byInvoice.forEach((id, amount) -> {
            Invoice invoice = known(id);
            Money after = invoice.outstanding.minus(amount);
            apply(new PaymentAllocatedEvent(customerId, command.paymentId(), new InvoiceId(id), amount,
                    command.receivedOn(), after, statusAfter(invoice, after, invoice.paid.plus(amount))));
        });
    }

    /**
     * Credit is applied only when someone asks for it: which invoice an overpayment should settle is a decision
     * (the customer may want it refunded, or kept for the next invoice), so nothing is applied automatically.
     */
    @CommandHandler
    void handle(ApplyCustomerCreditCommand command) {
        require(command.applicationId() != null, "applicationId is required");
        if (creditApplications.contains(command.applicationId().value())) {
            return; // a retried application: already booked
        }
        Invoice invoice = invoice(command.invoiceId());
        if (invoice.status == InvoiceStatus.DRAFT) {
            throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                    "Invoice " + command.invoiceId() + " has not been issued");
        }
        if (!invoice.outstanding.isPositive()) {
            throw new DomainException(FinanceErrors.INVOICE_STATUS_CONFLICT,
                    "Invoice " + command.invoiceId() + " is " + invoice.status + " with nothing outstanding");
        }
        require(command.appliedOn() != null, "appliedOn is required");
        require(!command.appliedOn().isBefore(invoice.issueDate), "credit cannot be applied before the invoice date");
        if (!credit.isPositive()) {
            throw new DomainException(FinanceErrors.INSUFFICIENT_CUSTOMER_CREDIT,
                    "Customer " + customerId + " holds no credit");
        }
        Money amount = command.amount();
        if (amount == null) {
            amount = min(credit, invoice.outstanding);
        } else {
            require(amount.isPositive(), "amount must be positive");
            requireCurrency(amount);
            if (amount.amount().compareTo(credit.amount()) > 0) {
                throw new DomainException(FinanceErrors.INSUFFICIENT_CUSTOMER_CREDIT,
                        "Customer " + customerId + " holds " + credit + " of credit; cannot apply " + amount);
            }
            if (amount.amount().compareTo(invoice.outstanding.amount()) > 0) {
                throw new DomainException(FinanceErrors.OVER_ALLOCATION, "Invoice " + command.invoiceId() + " has "
                        + invoice.outstanding + " outstanding; cannot apply " + amount);
            }
        }
        Money after = invoice.outstanding.minus(amount);
        apply(new CustomerCreditAppliedEvent(customerId, command.applicationId(), command.invoiceId(), amount,
                command.appliedOn(), after, statusAfter(invoice, after, invoice.paid.plus(amount)),
                credit.minus(amount)));
    }

    @DeadlineHandler(deadlineName = INVOICE_DUE)
    void invoiceDue(String invoiceId, DeadlineManager deadlines) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice == null || !invoice.outstanding.isPositive()) {
            return; // settled in time
        }
        apply(new InvoiceOverdueEvent(customerId, new InvoiceId(invoiceId), invoice.dueDate, invoice.outstanding));
        remind(invoiceId, invoice, deadlines);
    }

    @DeadlineHandler(deadlineName = PAYMENT_REMINDER)
    void reminderDue(String invoiceId, DeadlineManager deadlines) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice != null && invoice.outstanding.isPositive()) {
            remind(invoiceId, invoice, deadlines);
        }
    }

    private void remind(String invoiceId, Invoice invoice, DeadlineManager deadlines) {
        apply(new PaymentReminderIssuedEvent(customerId, new InvoiceId(invoiceId), invoice.reminders + 1,
                invoice.dueDate, invoice.outstanding));
        if (invoice.reminders < MAX_REMINDERS) { // already counts the reminder just applied
            deadlines.schedule(REMINDER_INTERVAL, PAYMENT_REMINDER, invoiceId);
        }
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        customerId = event.customerId();
        currency = event.currency();
        paymentTermsDays = event.paymentTermsDays();
        credit = zero();
    }

    @EventSourcingHandler
    void on(InvoiceDraftedEvent event) {
        Invoice invoice = invoices.computeIfAbsent(event.invoiceId().value(), id -> new Invoice());
        invoice.status = InvoiceStatus.DRAFT;
        invoice.draftLines = event.lines();
        invoice.contractId = event.contractId();
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        Invoice invoice = invoices.get(event.invoiceId().value());
        invoice.status = InvoiceStatus.ISSUED;
        invoice.draftLines = List.of();
        invoice.issueDate = event.issueDate();
        invoice.dueDate = event.dueDate();
        invoice.gross = event.gross();
        invoice.outstanding = event.gross();
        invoice.paid = zero();
        invoice.credited = zero();
        event.lines().forEach(line -> invoice.ratesByCode.put(line.taxCode(), line.taxRate()));
    }

    @EventSourcingHandler
    void on(CreditNoteIssuedEvent event) {
        Invoice invoice = known(event.invoiceId().value());
        invoice.creditNotes.add(event.creditNoteId().value());
        invoice.credited = invoice.credited.plus(event.gross());
        invoice.outstanding = event.outstandingAfter();
        invoice.status = event.statusAfter();
        credit = credit.plus(event.toCustomerCredit());
        settleIfDone(event.invoiceId().value());
    }

    @EventSourcingHandler
    void on(PaymentReceivedEvent event) {
        payments.add(event.paymentId().value());
        credit = event.creditAfter();
    }

    @EventSourcingHandler
    void on(PaymentAllocatedEvent event) {
        Invoice invoice = known(event.invoiceId().value());
        invoice.paid = invoice.paid.plus(event.amount());
        invoice.outstanding = event.outstandingAfter();
        invoice.status = event.statusAfter();
        settleIfDone(event.invoiceId().value());
    }

    @EventSourcingHandler
    void on(CustomerCreditAppliedEvent event) {
        creditApplications.add(event.applicationId().value());
        Invoice invoice = known(event.invoiceId().value());
        invoice.paid = invoice.paid.plus(event.amount()); // settled by the customer's own money held as credit
        invoice.outstanding = event.outstandingAfter();
        invoice.status = event.statusAfter();
        credit = event.creditAfter();
        settleIfDone(event.invoiceId().value());
    }

    @EventSourcingHandler
    void on(PaymentReminderIssuedEvent event) {
        known(event.invoiceId().value()).reminders = event.reminderNumber();
    }

    private static InvoiceStatus statusAfter(Invoice invoice, Money outstandingAfter, Money paidAfter) {
        if (outstandingAfter.isPositive()) {
            return paidAfter.isPositive() || invoice.status == InvoiceStatus.PARTIALLY_PAID
                    ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        }
        return paidAfter.isPositive() ? InvoiceStatus.PAID : InvoiceStatus.CREDITED;
    }

    private List<TaxedLine> taxed(List<InvoiceLine> lines, LocalDate date, TaxRates rates,
                                  Map<String, BigDecimal> fixedRates) {
        List<TaxedLine> taxed = new ArrayList<>();
        for (InvoiceLine line : lines) {
            BigDecimal rate = fixedRates.containsKey(line.taxCode()) ? fixedRates.get(line.taxCode())
                    : rates.rate(line.taxCode(), date);
            Money net = Money.rounded(line.quantity().multiply(line.unitPrice().amount()), currency);
            Money tax = Money.rounded(net.amount().multiply(rate), currency);
            taxed.add(new TaxedLine(taxed.size() + 1, line.description(), line.quantity(), line.unitPrice(),
                    line.taxCode(), rate, net, tax, net.plus(tax)));
        }
        return taxed;
    }

    private void requireLines(List<InvoiceLine> lines, TaxRates rates) {
        require(lines != null && !lines.isEmpty(), "at least one line is required");
        require(lines.size() <= MAX_LINES, "at most " + MAX_LINES + " lines");
        for (InvoiceLine line : lines) {
            require(line != null, "a line is missing");
            require(line.description() != null && !line.description().isBlank()
                    && line.description().length() <= 500, "each line needs a description (at most 500 characters)");
            require(line.quantity() != null && line.quantity().signum() > 0
                            && line.quantity().stripTrailingZeros().scale() <= MAX_QUANTITY_DECIMALS
                            && line.quantity().compareTo(new BigDecimal("1000000000")) < 0,
                    "quantity must be positive with at most " + MAX_QUANTITY_DECIMALS + " decimals");
            require(line.unitPrice() != null && line.unitPrice().amount().signum() >= 0,
                    "each line needs a unitPrice of zero or more");
            requireCurrency(line.unitPrice());
            if (line.taxCode() == null || !rates.knows(line.taxCode())) {
                throw new DomainException(FinanceErrors.UNKNOWN_TAX_CODE, "Unknown tax code '" + line.taxCode() + "'");
            }
        }
    }

    /**
     * Moves an invoice with nothing left outstanding out of the open ones, keeping what a credit note needs (an
     * invoice is settled for good: nothing makes it outstanding again).
     */
    private void settleIfDone(String invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice != null && invoice.status != InvoiceStatus.DRAFT && !invoice.outstanding.isPositive()) {
            invoices.remove(invoiceId);
            invoice.dueDate = null;
            invoice.reminders = 0;
            settled.put(invoiceId, invoice);
        }
    }

    /** The ids of the drafts and of the invoices with something outstanding. */
    Set<String> openInvoiceIds() {
        return Set.copyOf(invoices.keySet());
    }

    /** An open or settled invoice of this account, or null. */
    private Invoice known(String invoiceId) {
        Invoice open = invoices.get(invoiceId);
        return open != null ? open : settled.get(invoiceId);
    }

    private Invoice invoice(InvoiceId invoiceId) {
        require(invoiceId != null, "invoiceId is required");
        Invoice invoice = known(invoiceId.value());
        if (invoice == null) {
            throw new DomainException(FinanceErrors.UNKNOWN_INVOICE,
                    "Customer " + customerId + " has no invoice " + invoiceId);
        }
        return invoice;
    }

    private void requireCurrency(Money money) {
        if (!money.currency().equals(currency)) {
            throw new DomainException(CommonErrors.CURRENCY_MISMATCH,
                    "Customer " + customerId + " is invoiced in " + currency + ", not " + money.currency());
        }
    }

    private Money zero() {
        return Money.of("0", currency);
    }

    private Money sum(List<TaxedLine> lines, java.util.function.Function<TaxedLine, Money> figure) {
        return lines.stream().map(figure).reduce(zero(), Money::plus);
    }

    private static Money min(Money a, Money b) {
        return a.amount().compareTo(b.amount()) <= 0 ? a : b;
    }
}
