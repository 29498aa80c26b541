package dev.urakata.query.analysts;

import dev.urakata.query.finance.BudgetChangeDocument;
import dev.urakata.query.finance.BudgetDocument;
import dev.urakata.query.finance.BudgetProjection;
import dev.urakata.query.finance.CustomerAccountChangeDocument;
import dev.urakata.query.finance.CustomerAccountDocument;
import dev.urakata.query.finance.CustomerAccountProjection;
import dev.urakata.query.finance.ExpenseClaimProjection;
import dev.urakata.query.finance.GeneralLedgerProjection;
import dev.urakata.query.finance.InvoiceChangeDocument;
import dev.urakata.query.finance.InvoiceDocument;
import dev.urakata.query.finance.InvoiceProjection;
import dev.urakata.query.finance.JournalLineDocument;
import dev.urakata.query.finance.ReceivableMovementDocument;
import dev.urakata.query.finance.ReceivablesAgingProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/**
 * The finance read models in the analysts' catalogue. Invoices, budgets and customer accounts each come as two read
 * models: the current state, and its history (one document per change, with the state after it), whose fields are
 * the current state's and which says when.
 */
final class FinanceReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ReceivablesAgingProjection.MOVEMENTS, "One change of what a customer owes on one"
                    + " invoice: its issue (positive), a payment, credit note or applied credit (negative).",
                    "the event's id", List.of("recordedAt"), ReceivablesAgingProjection.class,
                    ReceivableMovementDocument.class),
            new ReadModel(InvoiceProjection.INVOICES, "One invoice as it stands now.", "the invoice id", List.of(),
                    InvoiceProjection.class, InvoiceDocument.class),
            new ReadModel(InvoiceProjection.HISTORY, "One change of one invoice, with the invoice as it stood"
                    + " after it: the invoice as of an instant is its change of the highest `sequence` recorded"
                    + " by then.", "invoice id, `:`, sequence", List.of("recordedAt"), InvoiceProjection.class,
                    InvoiceChangeDocument.class),
            new ReadModel(CustomerAccountProjection.CUSTOMERS, "One customer account as it stands now.",
                    "the customer id", List.of(), CustomerAccountProjection.class, CustomerAccountDocument.class),
            new ReadModel(CustomerAccountProjection.HISTORY, "One change of one customer account, with the account"
                    + " as it stood after it.", "customer id, `:`, sequence", List.of("recordedAt"),
                    CustomerAccountProjection.class, CustomerAccountChangeDocument.class),
            new ReadModel(BudgetProjection.BUDGETS, "One department's budget for one month, against what has been"
                    + " spent, as it stands now.", "the budget id: department, `-`, month", List.of(),
                    BudgetProjection.class, BudgetDocument.class),
            new ReadModel(BudgetProjection.HISTORY, "One change of one budget or its actuals, with the budget as"
                    + " it stood after it.", "budget id, `:`, sequence", List.of("recordedAt"),
                    BudgetProjection.class, BudgetChangeDocument.class),
            new ReadModel(GeneralLedgerProjection.LINES, "One line of a journal entry of the general ledger:"
                    + " every financial event posts one balanced entry (debits equal credits per currency).",
                    "the entry id (its event's id), `:`, the line's number", List.of("recordedAt"),
                    GeneralLedgerProjection.class, JournalLineDocument.class));

    /** The finance collections that are not for analysts. */
    static final List<Internal> INTERNAL = List.of(
            new Internal(ExpenseClaimProjection.CLAIMS, "expense claims, with the employee's number and free text"
                    + " about them; the API does not show them to analysts either"),
            new Internal(GeneralLedgerProjection.STATE, "the general ledger's working state: closed periods and"
                    + " the last calculation of each payroll run"));

    private FinanceReadModels() {
    }
}
