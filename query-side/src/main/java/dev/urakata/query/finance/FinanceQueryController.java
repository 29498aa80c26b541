package dev.urakata.query.finance;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.EffectiveOn;
import dev.urakata.config.web.JsonApi;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.AccountLedgerPage;
import dev.urakata.shared.finance.AccountLedgerQuery;
import dev.urakata.shared.finance.BalanceSheet;
import dev.urakata.shared.finance.BalanceSheetQuery;
import dev.urakata.shared.finance.BudgetPage;
import dev.urakata.shared.finance.CustomerDetails;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.ExpenseClaimDetails;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.FindCustomerQuery;
import dev.urakata.shared.finance.FindExpenseClaimQuery;
import dev.urakata.shared.finance.FindInvoiceQuery;
import dev.urakata.shared.finance.InvoiceDetails;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoicePage;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.ListBudgetsQuery;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.finance.ProfitAndLoss;
import dev.urakata.shared.finance.ProfitAndLossQuery;
import dev.urakata.shared.finance.ReceivablesAging;
import dev.urakata.shared.finance.ReceivablesAgingQuery;
import dev.urakata.shared.finance.TrialBalance;
import dev.urakata.shared.finance.TrialBalanceQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Finance views: the general ledger (chart of accounts, trial balance, account ledgers, profit and loss, balance
 * sheet), invoices by status and one by one, customer accounts, the receivables aging and budget against actual.
 * They hold no personal data: ADMIN, FINANCE, ANALYST and COMPLIANCE read them. Every view of them takes
 * {@code asOf} (an ISO date or instant) and then answers as the system knew it at that moment. An expense claim
 * names the employee who spent the money, so it is personal data: ADMIN, FINANCE, MANAGER (who decides claims) and
 * COMPLIANCE read it, ANALYST does not.
 */
@JsonApi("/api/finance")
@Tag(name = "Finance views", description = "Ledger reports, invoices, receivables aging, budgets. Roles: ADMIN, "
        + "FINANCE, ANALYST, COMPLIANCE. Every view takes asOf.")
class FinanceQueryController {

    private static final String READERS = "hasAnyRole('ADMIN', 'FINANCE', 'ANALYST', 'COMPLIANCE')";

    private final ReadQueries queries;
    private final ChartOfAccounts chart;

    FinanceQueryController(ReadQueries queries, ChartOfAccounts chart) {
        this.queries = queries;
        this.chart = chart;
    }

    @GetMapping("/ledger/accounts")
    @PreAuthorize(READERS)
    @Operation(summary = "The chart of accounts")
    Map<String, Object> accounts() {
        List<ChartOfAccounts.Account> all = List.copyOf(chart.all());
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @GetMapping("/ledger/trial-balance")
    @PreAuthorize(READERS)
    @Operation(summary = "Debits, credits and balance per account; debits equal credits per currency")
    TrialBalance trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate to, @RequestParam(required = false) String asOf) {
        return queries.answer(new TrialBalanceQuery(to, asOf(asOf)), TrialBalance.class);
    }

    @GetMapping("/ledger/accounts/{account}")
    @PreAuthorize(READERS)
    @Operation(summary = "One account's lines with running balance, each traced to the event that caused it")
    AccountLedgerPage ledger(@PathVariable String account, @RequestParam(required = false) String currency,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate to, @RequestParam(required = false) String asOf,
                             Paging paging) {
        if (chart.find(account) == null) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No account " + account + " in the chart of accounts");
        }
        return queries.answer(new AccountLedgerQuery(account, currency, from, to, asOf(asOf), paging.page(),
                paging.size()), AccountLedgerPage.class);
    }

    @GetMapping("/ledger/profit-and-loss")
    @PreAuthorize(READERS)
    @Operation(summary = "Revenue, expenses and net income for posting dates from..to")
    ProfitAndLoss profitAndLoss(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String asOf) {
        if (to.isBefore(from)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "to must not lie before from");
        }
        return queries.answer(new ProfitAndLossQuery(from, to, asOf(asOf)), ProfitAndLoss.class);
    }

    @GetMapping("/ledger/balance-sheet")
    @PreAuthorize(READERS)
    @Operation(summary = "Assets, liabilities and equity at the end of a day")
    BalanceSheet balanceSheet(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                              @RequestParam(required = false) String asOf) {
        return queries.answer(new BalanceSheetQuery(at, asOf(asOf)), BalanceSheet.class);
    }

    @GetMapping("/invoices")
    @PreAuthorize(READERS)
    @Operation(summary = "Invoices, newest first, optionally by status and customer")
    InvoicePage invoices(@RequestParam(required = false) InvoiceStatus status,
                         @RequestParam(required = false) CustomerId customerId,
                         @RequestParam(required = false) String asOf,
                         Paging paging) {
        return queries.answer(new ListInvoicesQuery(status, customerId, asOf(asOf), paging.page(), paging.size()),
                InvoicePage.class);
    }

    @GetMapping("/invoices/{invoiceId}")
    @PreAuthorize(READERS)
    @Operation(summary = "One invoice with its lines, settlements (payments, customer credit) and credit notes",
            description = "404 when there is no such invoice (or there was none yet at asOf). With effectiveOn (a "
                    + "date): as it stood that day by its own dates: 404 if issued later; only the payments, credit "
                    + "and credit notes dated by then; what was owed then and its status; overdue if the due date "
                    + "had passed with something owed that day. Both: what was believed on asOf about that day.")
    InvoiceDetails invoice(@PathVariable InvoiceId invoiceId, @RequestParam(required = false) String asOf,
                           @RequestParam(required = false) String effectiveOn) {
        LocalDate day = EffectiveOn.parse(effectiveOn);
        return queries.found(new FindInvoiceQuery(invoiceId, asOf(asOf), day), InvoiceDetails.class,
                "No invoice with id " + invoiceId + (day == null ? "" : " issued by " + day));
    }

    @GetMapping("/customers/{customerId}")
    @PreAuthorize(READERS)
    @Operation(summary = "One customer's account: terms, balance outstanding and credit held",
            description = "404 when there is no such customer (or there was none yet at asOf).")
    CustomerDetails customer(@PathVariable CustomerId customerId, @RequestParam(required = false) String asOf) {
        return queries.found(new FindCustomerQuery(customerId, asOf(asOf)), CustomerDetails.class,
                "No customer with id " + customerId);
    }

    @GetMapping("/expense-claims/{claimId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'MANAGER', 'COMPLIANCE')")
    @Operation(summary = "One expense claim and where it is",
            description = "Personal data (who spent it): ADMIN, FINANCE, MANAGER, COMPLIANCE. 404 when unknown.")
    ExpenseClaimDetails expenseClaim(@PathVariable ExpenseClaimId claimId) {
        return queries.found(new FindExpenseClaimQuery(claimId), ExpenseClaimDetails.class,
                "No expense claim with id " + claimId);
    }

    @GetMapping("/receivables/aging")
    @PreAuthorize(READERS)
    @Operation(summary = "Outstanding receivables by days past due at a date: current, 1-30, 31-60, 61-90, 90+",
            description = "at: the day the days past due are counted to (today, UTC, when left out).")
    ReceivablesAging aging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                           LocalDate at,
                           @RequestParam(required = false) String asOf) {
        LocalDate day = at != null ? at : LocalDate.now(ZoneOffset.UTC);
        return queries.answer(new ReceivablesAgingQuery(day, asOf(asOf)), ReceivablesAging.class);
    }

    @GetMapping("/budgets")
    @PreAuthorize(READERS)
    @Operation(summary = "Budget against actual per department for a month",
            description = "Actual: payroll cost (gross plus employer contributions, latest calculation of each "
                    + "payslip) plus approved expense claims plus supplier invoices (net) of purchase orders "
                    + "drafted for the department.")
    BudgetPage budgets(@RequestParam String period, @RequestParam(required = false) String department,
                       @RequestParam(required = false) String asOf,
                       Paging paging) {
        YearMonth month;
        try {
            month = RequestDates.requireInRange("period", YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "period must be a month such as 2026-04");
        }
        return queries.answer(new ListBudgetsQuery(month, department, asOf(asOf), paging.page(), paging.size()),
                BudgetPage.class);
    }

    private static Instant asOf(String value) {
        return value == null ? null : AsOf.parse(value);
    }
}
