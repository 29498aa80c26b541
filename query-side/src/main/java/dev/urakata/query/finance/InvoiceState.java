package dev.urakata.query.finance;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One invoice as it stood after one of its events: the fields {@link InvoiceDocument} (now) and
 * {@link InvoiceChangeDocument} (after each change) hold beside their own.
 */
public record InvoiceState(
        @Meaning("the customer invoiced") String customerId,
        @Meaning("`DRAFT`, `ISSUED`, `PARTIALLY_PAID`, `PAID` or `CREDITED`") InvoiceStatus status,
        @Meaning("ISO 4217 code of every amount of the invoice") String currency,
        @Meaning("the lines: `lineNumber`, `description`, `quantity` (decimal), `unitPrice` (money), `taxCode`; once"
                + " issued also `taxRate` (decimal), `net`, `tax`, `gross` (money)") List<Line> lines,
        @Meaning("whether it is overdue: its due date passed and something is still owed") boolean overdue,
        @Meaning(value = "once issued: the day it was issued", optional = true) LocalDate issueDate,
        @Meaning(value = "once issued: the day it falls due", optional = true) LocalDate dueDate,
        @Meaning(value = "once issued: the total before tax", optional = true) Money net,
        @Meaning(value = "once issued: the tax", optional = true) Money tax,
        @Meaning(value = "once issued: the total the customer owes", optional = true) Money gross,
        @Meaning(value = "once issued: what is still owed", optional = true) Money outstanding,
        @Meaning(value = "payments and customer credit applied: `kind` (`PAYMENT` or `CUSTOMER_CREDIT`),"
                + " `reference`, `amount` (money), `date`", optional = true) List<Settlement> settlements,
        @Meaning(value = "credit notes issued on it: `creditNoteId`, `issueDate`, `reason`, `gross`,"
                + " `appliedToInvoice`, `toCustomerCredit` (money)", optional = true) List<CreditNote> creditNotes,
        @Meaning(value = "the customer contract the invoice bills", optional = true) String contractId) {

    /** A line; a draft's has no tax figures yet ({@code taxRate} to {@code gross} null). */
    @Schema(name = "InvoiceLine")
    public record Line(int lineNumber, String description, BigDecimal quantity, Money unitPrice, String taxCode,
                       BigDecimal taxRate, Money net, Money tax, Money gross) {
    }

    /** A payment ({@code PAYMENT}) or customer credit ({@code CUSTOMER_CREDIT}) applied to the invoice. */
    @Schema(name = "InvoiceSettlement")
    public record Settlement(String kind, String reference, Money amount, LocalDate date) {
    }

    /** A credit note issued on the invoice, and where its amount went. */
    @Schema(name = "InvoiceCreditNote")
    public record CreditNote(String creditNoteId, LocalDate issueDate, String reason, Money gross,
                             Money appliedToInvoice, Money toCustomerCredit) {
    }

    /** An invoice of {@code customerId} before its first event. */
    static InvoiceState of(String customerId) {
        return new InvoiceState(customerId, null, null, null, false, null, null, null, null, null, null, null, null,
                null);
    }

    InvoiceState drafted(String currency, List<Line> lines, String contractId) {
        return new InvoiceState(customerId, InvoiceStatus.DRAFT, currency, lines, false, issueDate, dueDate, net, tax,
                gross, outstanding, settlements, creditNotes, contractId);
    }

    /** Issued with its lines taxed: everything it comes to is owed. */
    InvoiceState issued(LocalDate issueDate, LocalDate dueDate, List<Line> lines, Money net, Money tax, Money gross) {
        return new InvoiceState(customerId, InvoiceStatus.ISSUED, currency, lines, overdue, issueDate, dueDate, net,
                tax, gross, gross, settlements, creditNotes, contractId);
    }

    /** Settled in part or whole: once nothing is owed it is no longer overdue (a PAID invoice read overdue). */
    InvoiceState settled(InvoiceStatus status, Money outstanding, Settlement settlement) {
        return new InvoiceState(customerId, status, currency, lines, overdue && outstanding.isPositive(), issueDate,
                dueDate, net, tax, gross, outstanding, appended(settlements, settlement), creditNotes, contractId);
    }

    InvoiceState credited(InvoiceStatus status, Money outstanding, CreditNote creditNote) {
        return new InvoiceState(customerId, status, currency, lines, overdue && outstanding.isPositive(), issueDate,
                dueDate, net, tax, gross, outstanding, settlements, appended(creditNotes, creditNote), contractId);
    }

    InvoiceState fallenOverdue() {
        return new InvoiceState(customerId, status, currency, lines, true, issueDate, dueDate, net, tax, gross,
                outstanding, settlements, creditNotes, contractId);
    }

    /**
     * The invoice as it stood on {@code day} by its own dates: nothing if it was issued later; only the payments,
     * credit applied and credit notes dated on or before the day; what was owed then, the status that follows from
     * it, and overdue if the due date had passed with something still owed that day. A draft has no dates and is
     * answered as it is. (This state may itself be a past one: then it is what was believed then.)
     */
    Optional<InvoiceState> onDay(LocalDate day) {
        if (issueDate == null) {
            return Optional.of(this);
        }
        if (issueDate.isAfter(day)) {
            return Optional.empty();
        }
        List<Settlement> settledThen = settlements == null ? List.of()
                : settlements.stream().filter(s -> !s.date().isAfter(day)).toList();
        List<CreditNote> creditedThen = creditNotes == null ? List.of()
                : creditNotes.stream().filter(c -> !c.issueDate().isAfter(day)).toList();
        Money owed = gross;
        for (Settlement settlement : settledThen) {
            owed = owed.minus(settlement.amount());
        }
        for (CreditNote creditNote : creditedThen) {
            owed = creditNote.appliedToInvoice() == null ? owed : owed.minus(creditNote.appliedToInvoice());
        }
        InvoiceStatus statusThen = owed.isPositive()
                ? (settledThen.isEmpty() ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID)
                : (settledThen.isEmpty() ? InvoiceStatus.CREDITED : InvoiceStatus.PAID);
        return Optional.of(new InvoiceState(customerId, statusThen, currency, lines,
                owed.isPositive() && dueDate.isBefore(day), issueDate, dueDate, net, tax, gross, owed, settledThen,
                creditedThen, contractId));
    }

    /** A copy of {@code items} (none yet: null) with {@code item} added: states never share a mutable list. */
    private static <T> List<T> appended(List<T> items, T item) {
        List<T> copy = items == null ? new ArrayList<>() : new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
