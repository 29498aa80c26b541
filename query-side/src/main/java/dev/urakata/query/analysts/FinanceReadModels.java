package dev.urakata.query.analysts;

import dev.urakata.query.finance.BudgetProjection;
import dev.urakata.query.finance.CustomerAccountProjection;
import dev.urakata.query.finance.ExpenseClaimProjection;
import dev.urakata.query.finance.GeneralLedgerProjection;
import dev.urakata.query.finance.InvoiceProjection;
import dev.urakata.query.finance.ReceivablesAgingProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.Field;
import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;
import java.util.stream.Stream;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.ARRAY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.BOOLEAN;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DATE;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMALS_BY_ID;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONTH;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/**
 * The finance read models in the analysts' catalogue. Invoices, budgets and customer accounts each come as two read
 * models: the current state, and its history (one document per change, with the state after it), whose fields are
 * the current state's and which says when.
 */
final class FinanceReadModels {

    private static final List<Field> INVOICE = List.of(
            field("customerId", STRING, "the customer invoiced"),
            field("status", STRING, "`DRAFT`, `ISSUED`, `PARTIALLY_PAID`, `PAID` or `CREDITED`"),
            field("currency", STRING, "ISO 4217 code of every amount of the invoice"),
            field("lines", ARRAY, "the lines: `lineNumber`, `description`, `quantity` (decimal), `unitPrice`"
                    + " (money), `taxCode`; once issued also `taxRate` (decimal), `net`, `tax`, `gross` (money)"),
            field("overdue", BOOLEAN, "whether it fell overdue (unsettled after its due date); stays so once"
                    + " settled"),
            optional("issueDate", DATE, "once issued: the day it was issued"),
            optional("dueDate", DATE, "once issued: the day it falls due"),
            optional("net", MONEY, "once issued: the total before tax"),
            optional("tax", MONEY, "once issued: the tax"),
            optional("gross", MONEY, "once issued: the total the customer owes"),
            optional("outstanding", MONEY, "once issued: what is still owed"),
            optional("settlements", ARRAY, "payments and customer credit applied: `kind` (`PAYMENT` or"
                    + " `CUSTOMER_CREDIT`), `reference`, `amount` (money), `date`"),
            optional("creditNotes", ARRAY, "credit notes issued on it: `creditNoteId`, `issueDate`, `reason`,"
                    + " `gross`, `appliedToInvoice`, `toCustomerCredit` (money)"));

    private static final List<Field> BUDGET = List.of(
            field("department", STRING, "the department"),
            field("period", MONTH, "the month budgeted"),
            optional("budget", MONEY, "the amount budgeted (absent while actuals are recorded without a budget)"),
            field("actual", MONEY, "what has been spent against it"),
            optional("thresholds", ARRAY, "the percentages of the budget at which spending is announced"),
            field("crossed", ARRAY, "the thresholds crossed and not since fallen below"));

    private static final List<Field> CUSTOMER = List.of(
            field("name", STRING, "the customer's name"),
            field("currency", STRING, "ISO 4217 code of the account"),
            field("paymentTermsDays", INT, "days from issue to due date"),
            field("credit", MONEY, "what the company holds for the customer (overpayments, credit notes)"),
            field("outstandingByInvoice", DECIMALS_BY_ID, "what is owed per open invoice id, in the account's"
                    + " currency (a settled invoice leaves it)"));

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ReceivablesAgingProjection.MOVEMENTS, "One change of what a customer owes on one"
                    + " invoice: its issue (positive), a payment, credit note or applied credit (negative).",
                    "the event's id", List.of("recordedAt"), ReceivablesAgingProjection.class, List.of(
                    field("customerId", STRING, "the customer"),
                    field("invoiceId", STRING, "the invoice"),
                    field("change", MONEY, "the change of the outstanding amount"),
                    field("businessDate", DATE, "the day it took effect (issue, receipt or credit date)"),
                    optional("dueDate", DATE, "on the issue only: when the invoice falls due"),
                    field("recordedAt", INSTANT, "when it was recorded"))),
            new ReadModel(InvoiceProjection.INVOICES, "One invoice as it stands now.", "the invoice id", List.of(),
                    InvoiceProjection.class, current(INVOICE, "the invoice")),
            new ReadModel(InvoiceProjection.HISTORY, "One change of one invoice, with the invoice as it stood"
                    + " after it: the invoice as of an instant is its change of the highest `sequence` recorded"
                    + " by then.", "invoice id, `:`, sequence", List.of("recordedAt"), InvoiceProjection.class,
                    history("invoiceId", "the invoice", INVOICE)),
            new ReadModel(CustomerAccountProjection.CUSTOMERS, "One customer account as it stands now.",
                    "the customer id", List.of(), CustomerAccountProjection.class,
                    current(CUSTOMER, "the customer")),
            new ReadModel(CustomerAccountProjection.HISTORY, "One change of one customer account, with the account"
                    + " as it stood after it.", "customer id, `:`, sequence", List.of("recordedAt"),
                    CustomerAccountProjection.class, history("customerId", "the customer", CUSTOMER)),
            new ReadModel(BudgetProjection.BUDGETS, "One department's budget for one month, against what has been"
                    + " spent, as it stands now.", "the budget id: department, `-`, month", List.of(),
                    BudgetProjection.class, current(BUDGET, "the budget")),
            new ReadModel(BudgetProjection.HISTORY, "One change of one budget or its actuals, with the budget as"
                    + " it stood after it.", "budget id, `:`, sequence", List.of("recordedAt"),
                    BudgetProjection.class, history("budgetId", "the budget", BUDGET)),
            new ReadModel(GeneralLedgerProjection.LINES, "One line of a journal entry of the general ledger:"
                    + " every financial event posts one balanced entry (debits equal credits per currency).",
                    "the entry id (its event's id), `:`, the line's number", List.of("recordedAt"),
                    GeneralLedgerProjection.class, List.of(
                    field("entryId", STRING, "the journal entry: the id of the event that posted it"),
                    field("line", INT, "the line's number within the entry, from 0"),
                    field("account", STRING, "the account's code in the chart of accounts"),
                    field("amount", MONEY, "signed: a debit positive, a credit negative"),
                    field("businessDate", DATE, "the day the event took effect"),
                    field("postingDate", DATE, "the day it counts in the books: the business date, or the first"
                            + " day of the first open month when the business date's month was closed"),
                    field("description", STRING, "what the entry is, in words"),
                    field("eventType", STRING, "the type of the event that posted it"),
                    optional("aggregateType", STRING, "the type of the aggregate the event belongs to"),
                    optional("aggregateId", STRING, "the aggregate the event belongs to"),
                    field("sequence", LONG, "the event's position within its aggregate"),
                    field("recordedAt", INSTANT, "when the event was recorded"),
                    field("closing", BOOLEAN, "true for the year-end close, which profit and loss leaves out"))));

    /** The finance collections that are not for analysts. */
    static final List<Internal> INTERNAL = List.of(
            new Internal(ExpenseClaimProjection.CLAIMS, "expense claims, with the employee's number and free text"
                    + " about them; the API does not show them to analysts either"),
            new Internal(GeneralLedgerProjection.STATE, "the general ledger's working state: closed periods and"
                    + " the last calculation of each payroll run"));

    private FinanceReadModels() {
    }

    /** The fields of a current state: the state's, and the sequence of the object's last event applied. */
    private static List<Field> current(List<Field> state, String object) {
        return Stream.concat(state.stream(), Stream.of(field("lastSequence", LONG, "the sequence of the last event"
                + " of " + object + " applied (for idempotency)"))).toList();
    }

    /** The fields of a change: which object and which change it is, when it was recorded, and the state after it. */
    private static List<Field> history(String idField, String object, List<Field> state) {
        return Stream.concat(Stream.of(
                field(idField, STRING, object),
                field("sequence", LONG, "orders the changes of " + object + ": the position of the change's event"
                        + " within its aggregate"),
                field("eventId", STRING, "the id of the event that made the change"),
                field("recordedAt", INSTANT, "when the change was recorded")), state.stream()).toList();
    }
}
