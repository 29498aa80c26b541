package dev.urakata.command.finance;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.AccountingPeriodId;
import dev.urakata.shared.finance.ApplyCustomerCreditCommand;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.CloseAccountingPeriodCommand;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.IssueCreditNoteCommand;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.finance.PaymentAllocation;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.RecordPaymentCommand;
import dev.urakata.shared.finance.RegisterCustomerCommand;
import dev.urakata.shared.finance.SetBudgetCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Finance decisions: register customers; draft, issue and credit invoices; record payments with their
 * allocations; apply customer credit to invoices; close accounting periods; set department budgets. Roles: ADMIN,
 * FINANCE.
 */
@JsonApi("/api/finance")
@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
@Tag(name = "Finance commands", description = "Customers, invoices, credit notes, payments, period close, budgets. "
        + "Roles: ADMIN, FINANCE.")
class FinanceCommandController {

    private final Commands commands;
    private final CustomerContracts contracts;

    FinanceCommandController(Commands commands, CustomerContracts contracts) {
        this.commands = commands;
        this.contracts = contracts;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/customers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Register a customer", description = "201 with the new customer's id and Location.")
    ResponseEntity<FinanceCommandRequests.CustomerIdResponse> registerCustomer(@Valid @RequestBody FinanceCommandRequests.RegisterCustomer request) {
        CustomerId id = CustomerId.newId();
        return commands.create(new RegisterCustomerCommand(id, request.name(), request.currency(),
                request.paymentTermsDays()),
                "/api/finance/customers/" + id, new FinanceCommandRequests.CustomerIdResponse(id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/customers/{customerId}/invoices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Draft an invoice", description = "201 with the new invoice's id. Tax is worked out when "
            + "it is issued, at the rates in force on the issue date. With contractId, the invoice bills that "
            + "customer contract and counts in its billed, paid and outstanding: 422 UNKNOWN_CONTRACT unless it is a "
            + "CUSTOMER contract with this customer.")
    ResponseEntity<FinanceCommandRequests.InvoiceIdResponse> draftInvoice(@PathVariable CustomerId customerId,
                                   @Valid @RequestBody FinanceCommandRequests.DraftInvoice request) {
        ContractId contract = null;
        if (request.contractId() != null) {
            if (!contracts.bills(request.contractId(), customerId.value())) {
                throw new DomainException(FinanceErrors.UNKNOWN_CONTRACT, "contractId names no customer contract "
                        + "with customer " + customerId + ": " + request.contractId());
            }
            contract = new ContractId(request.contractId());
        }
        InvoiceId id = InvoiceId.newId();
        return commands.create(new DraftInvoiceCommand(customerId, id, lines(request.lines()), contract),
                "/api/finance/invoices/" + id.value(),
                new FinanceCommandRequests.InvoiceIdResponse(customerId.value(), id.value()));
    }

    @PostMapping(path = "/customers/{customerId}/invoices/{invoiceId}/issue",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Issue a drafted invoice", description = "From then on it is never edited: a credit note "
            + "corrects it. It becomes overdue when its due date passes unsettled.")
    ResponseEntity<FinanceCommandRequests.InvoiceIdResponse> issue(@PathVariable CustomerId customerId, @PathVariable InvoiceId invoiceId,
                            @Valid @RequestBody FinanceCommandRequests.IssueInvoice request) {
        return commands.send(new IssueInvoiceCommand(customerId, invoiceId, request.issueDate(), request.dueDate()),
                new FinanceCommandRequests.InvoiceIdResponse(customerId.value(), invoiceId.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/customers/{customerId}/invoices/{invoiceId}/credit-notes",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Issue a credit note against an issued invoice",
            description = "201. Taxed at the invoice's rates; what exceeds the outstanding amount becomes credit.")
    ResponseEntity<FinanceCommandRequests.CreditNoteIdResponse> credit(@PathVariable CustomerId customerId, @PathVariable InvoiceId invoiceId,
                             @Valid @RequestBody FinanceCommandRequests.IssueCreditNote request) {
        CreditNoteId id = CreditNoteId.newId();
        return commands.create(new IssueCreditNoteCommand(customerId, invoiceId, id, request.issueDate(),
                request.reason(), lines(request.lines())),
                "/api/finance/invoices/" + invoiceId.value(), // a credit note is read on the invoice it corrects
                new FinanceCommandRequests.CreditNoteIdResponse(customerId.value(), invoiceId.value(), id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/customers/{customerId}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Record a payment and allocate it to invoices",
            description = "201. Allocations may not exceed an invoice's outstanding amount nor, together, the "
                    + "payment; the rest is kept as customer credit.")
    ResponseEntity<FinanceCommandRequests.PaymentIdResponse> pay(@PathVariable CustomerId customerId,
                          @Valid @RequestBody FinanceCommandRequests.RecordPayment request) {
        PaymentId id = PaymentId.newId();
        List<PaymentAllocation> allocations = request.allocations() == null ? List.of()
                : request.allocations().stream()
                .map(allocation -> new PaymentAllocation(allocation.invoiceId(), allocation.amount())).toList();
        return commands.create(new RecordPaymentCommand(customerId, id, request.amount(), request.receivedOn(),
                allocations),
                "/api/finance/customers/" + customerId.value(), // a payment is read on the customer's account
                new FinanceCommandRequests.PaymentIdResponse(customerId.value(), id.value()));
    }

    @PostMapping(path = "/customers/{customerId}/invoices/{invoiceId}/apply-credit",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Apply the customer's credit to an issued invoice",
            description = "200. Without an amount, as much as possible; may settle the invoice (PAID). 422 "
                    + "INSUFFICIENT_CUSTOMER_CREDIT beyond the credit held, 422 OVER_ALLOCATION beyond what the "
                    + "invoice has outstanding, 409 INVOICE_STATUS_CONFLICT for a draft or settled invoice.")
    ResponseEntity<FinanceCommandRequests.CreditApplicationResponse> applyCredit(@PathVariable CustomerId customerId, @PathVariable InvoiceId invoiceId,
                                  @Valid @RequestBody FinanceCommandRequests.ApplyCredit request) {
        CreditApplicationId id = CreditApplicationId.newId();
        return commands.send(new ApplyCustomerCreditCommand(customerId, id, invoiceId, request.amount(),
                request.appliedOn()),
                new FinanceCommandRequests.CreditApplicationResponse(customerId.value(),
                invoiceId.value(), id.value()));
    }

    @PostMapping("/periods/{periodId}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Close an ended month of the books",
            description = "Postings dated in it afterwards land in the first open month; 409 if already closed.")
    ResponseEntity<FinanceCommandRequests.PeriodResponse> close(@PathVariable AccountingPeriodId periodId) {
        return commands.send(new CloseAccountingPeriodCommand(periodId),
                new FinanceCommandRequests.PeriodResponse(periodId.value(), true));
    }

    @PostMapping(path = "/budgets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Operation(summary = "Set or revise a department's budget for a month",
            description = "201 when first set, 200 when revised; 422 CURRENCY_MISMATCH in another currency than "
                    + "the budget's or its actuals', 422 NO_CHANGE when nothing differs. Thresholds (percentages, "
                    + "default 80 and 100) are announced once each as BudgetThresholdCrossedEvent. The budget's id is "
                    + "department-period: 409 ID_IN_USE when that is already the id of something else.")
    @ApiResponse(responseCode = "201", description = "First set", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Revised", useReturnTypeSchema = true)
    ResponseEntity<FinanceCommandRequests.BudgetResponse> setBudget(
            @Valid @RequestBody FinanceCommandRequests.SetBudget request) {
        BudgetId id = BudgetId.of(request.department(), request.period());
        // the department is the caller's: the id it makes must not be another record's
        commands.requireUnused(id, Kind.BUDGET);
        Object first = commands.sendAndWait(new SetBudgetCommand(id, request.department(), request.period(),
                request.amount(), request.thresholds()));
        FinanceCommandRequests.BudgetResponse body = new FinanceCommandRequests.BudgetResponse(id.value(),
                request.department().strip(), request.period());
        if (!Boolean.TRUE.equals(first)) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/finance/budgets?period=" + request.period()
                + "&department=" + URLEncoder.encode(request.department().strip(), StandardCharsets.UTF_8)))
                .body(body);
    }

    private static List<InvoiceLine> lines(List<FinanceCommandRequests.Line> lines) {
        return lines.stream().map(line -> new InvoiceLine(line.description(), line.quantity(), line.unitPrice(),
                line.taxCode())).toList();
    }
}
